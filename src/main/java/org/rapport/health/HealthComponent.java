package org.rapport.health;

/**
 * The parts a relationship's health score is built from.
 */
public enum HealthComponent {

	/** How the counterpart perceives IT, from surveys. */
	PERCEPTION,

	/** Whether real contact keeps to the tier's cadence. */
	ENGAGEMENT,

	/** Commitments kept on time over commitments due. */
	RELIABILITY,

	/** Where the stakeholders stand, weighted by their influence. */
	STANCE,

	/** How few escalations there were lately. */
	ESCALATIONS

}
