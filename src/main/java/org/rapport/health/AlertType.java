package org.rapport.health;

/**
 * What an alert is about.
 */
public enum AlertType {

	/** The last real contact is older than the tier's cadence allows. */
	LOSING_TOUCH,

	/** A commitment is past its due date and still pending. */
	COMMITMENT_OVERDUE,

	/** A stakeholder with high influence stands against IT. */
	DETRACTOR,

	/** The health score fell markedly over the last weeks. */
	SCORE_FALLING,

	/**
	 * Technically green, perceived red: the counterpart's incidents are resolved within
	 * their SLA, yet its partners perceive IT poorly.
	 */
	PERCEPTION_GAP

}
