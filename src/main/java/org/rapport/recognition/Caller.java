package org.rapport.recognition;

import org.rapport.accounts.RapportUser;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting, as recognition's rules ask: the person of the signed-in account.
 */
final class Caller {

	private Caller() {
	}

	/**
	 * The caller's person in the directory.
	 * @return the person's id, {@code null} for an account linked to no one or no caller
	 */
	static Long person() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof RapportUser user)
				? user.getPersonId() : null;
	}

}
