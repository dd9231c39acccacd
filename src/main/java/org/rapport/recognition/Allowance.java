package org.rapport.recognition;

/**
 * A giver's points this month.
 *
 * @param monthly the allowance per month, 0 when kudos carry no points
 * @param spent the points given this month
 */
public record Allowance(int monthly, int spent) {

	/**
	 * The points still to give this month; they do not roll over.
	 * @return the points left
	 */
	public int left() {
		return Math.max(0, this.monthly - this.spent);
	}

	/**
	 * Whether kudos carry points at all.
	 * @return {@code true} when there is a monthly allowance
	 */
	public boolean enabled() {
		return this.monthly > 0;
	}

}
