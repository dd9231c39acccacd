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
	SCORE_FALLING

}
