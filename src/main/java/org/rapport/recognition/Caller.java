package org.rapport.recognition;

import org.rapport.accounts.RapportUser;

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
		return RapportUser.currentPersonId();
	}

}
