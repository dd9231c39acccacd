package org.rapport;

import java.util.function.Supplier;

import org.rapport.accounts.Role;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Runs test code as a signed-in user, so that the services' role and object checks apply:
 * for setting up data and calling services directly, without HTTP. Over HTTP, pages are
 * signed in with {@link WebSession} and the REST API is called with {@link JsonApi}.
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
	 * Runs as a user of that name with one role and no account behind it, for the role
	 * checks alone.
	 * @param username the name the services see
	 * @param role the role
	 * @param action what to run
	 * @return what the action returned
	 */
	public static <T> T withRole(String username, Role role, Supplier<T> action) {
		return run(UsernamePasswordAuthenticationToken.authenticated(username, null,
				AuthorityUtils.createAuthorityList(role.authority())), action);
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

	/**
	 * Runs as that user and then gives the thread back to whoever ran before, so that an
	 * object mother may sign in for its set-up inside a test that is signed in already.
	 */
	private static <T> T run(UsernamePasswordAuthenticationToken authentication, Supplier<T> action) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			return action.get();
		}
		finally {
			if (previous.getAuthentication() != null) {
				SecurityContextHolder.setContext(previous);
			}
			else {
				SecurityContextHolder.clearContext();
			}
		}
	}

}
