package org.rapport.development;

/**
 * The groups a 360's raters answer in. The person rates themselves and their manager is
 * always attributed; peers, partners and direct reports are anonymous, their results
 * shown only from their group's threshold of answers.
 */
public enum RaterGroup {

	/** The person rating themselves. */
	SELF,
	/** The person's manager, always attributed. */
	MANAGER,
	/** Colleagues in IT. */
	PEER,
	/** Business partners and vendor contacts: people outside IT. */
	PARTNER,
	/** The person's direct reports. */
	REPORT;

	/**
	 * Whether the group's answers are shown only together, from its threshold.
	 * @return whether it is peers, partners or direct reports
	 */
	public boolean anonymous() {
		return this == PEER || this == PARTNER || this == REPORT;
	}

}
