package org.rapport.development;

import org.rapport.accounts.RapportUser;
import org.rapport.shared.RoleGroup;

import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting, as development's rules ask: the person of the signed-in account, and
 * whether they steer the portfolio.
 */
final class Caller {

	private Caller() {
	}

	/**
	 * The caller's person in the directory.
	 * @return the person's id, {@code null} for an account linked to no one or no caller
	 */
	static Long person() {
		return RapportUser.currentPersonId();
	}

	static boolean steers() {
		return RoleGroup.PORTFOLIO.includes(SecurityContextHolder.getContext().getAuthentication());
	}

}
