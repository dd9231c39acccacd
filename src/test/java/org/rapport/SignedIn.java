package org.rapport;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Runs test code as a signed-in user, so that the services' role and object checks apply.
 */
public final class SignedIn {

	private SignedIn() {
	}

	/**
	 * Runs as the account of that name, with its roles and person.
	 * @param users where accounts are loaded from
	 * @param username the account
	 * @param action what to run
	 * @return what the action returned
	 */
	public static <T> T as(UserDetailsService users, String username, Supplier<T> action) {
		UserDetails user = users.loadUserByUsername(username);
		return run(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), action);
	}

	/**
	 * Runs as an administrator who is no one in the directory, as Rapport does for
	 * itself.
	 * @param action what to run
	 * @return what the action returned
	 */
	public static <T> T asSystem(Supplier<T> action) {
		return run(UsernamePasswordAuthenticationToken.authenticated("system", null,
				AuthorityUtils.createAuthorityList("ROLE_ADMIN")), action);
	}

	private static <T> T run(UsernamePasswordAuthenticationToken authentication, Supplier<T> action) {
		SecurityContextHolder.getContext().setAuthentication(authentication);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
