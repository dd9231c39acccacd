package org.rapport.health;

/**
 * How the portfolio is ordered.
 */
public enum PortfolioSort {

	/** Weakest health first. */
	HEALTH,

	/** By counterpart name. */
	NAME,

	/** Longest without real contact first. */
	LAST_CONTACT,

	/** By owner's name. */
	OWNER

}
