package org.rapport.health;

/**
 * Where a health score falls: at risk, watch or healthy; or new, for a relationship with
 * no evidence yet (no real contact, stakeholder, commitment due, escalation or survey)
 * within its first cadence, whose score says nothing and counts in no average.
 */
public enum Band {

	AT_RISK, WATCH, HEALTHY, NEW;

	/**
	 * Whether the score of this band says something and counts in averages.
	 * @return {@code false} for a new relationship
	 */
	public boolean scored() {
		return this != NEW;
	}

}
