package org.rapport.accounts.web;

/**
 * The form in which the signed-in user chooses what Rapport emails them. An unticked
 * checkbox sends nothing, so Spring's {@code _weeklyDigest} marker field (written by
 * {@code th:field}) makes it {@code false}.
 */
public class PreferencesForm {

	private boolean weeklyDigest = true;

	public boolean isWeeklyDigest() {
		return this.weeklyDigest;
	}

	public void setWeeklyDigest(boolean weeklyDigest) {
		this.weeklyDigest = weeklyDigest;
	}

}
