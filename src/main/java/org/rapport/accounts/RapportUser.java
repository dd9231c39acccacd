package org.rapport.accounts;

import java.util.Collection;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in user: an account with its roles and the person it belongs to.
 */
public class RapportUser extends User {

	private final long accountId;

	private final Long personId;

	RapportUser(long accountId, Long personId, String username, String password, boolean enabled,
			Collection<? extends GrantedAuthority> authorities) {
		super(username, password, enabled, true, true, true, authorities);
		this.accountId = accountId;
		this.personId = personId;
	}

	public long getAccountId() {
		return this.accountId;
	}

	/**
	 * The person in the directory this account belongs to.
	 * @return the person's id, or {@code null} for an account of no one in particular
	 */
	public Long getPersonId() {
		return this.personId;
	}

	/**
	 * The person in the directory of whoever is signed in.
	 * @return the person's id, {@code null} when no one is signed in or the account is
	 * linked to no one
	 */
	public static Long currentPersonId() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof RapportUser user)
				? user.getPersonId() : null;
	}

}
