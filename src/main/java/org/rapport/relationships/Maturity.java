package org.rapport.relationships;

/**
 * How mature a relationship is, from an order being taken to a partnership that shapes
 * strategy: the five levels on which both sides assess it.
 */
public enum Maturity {

	AD_HOC(1), ORDER_TAKER(2), SERVICE_PROVIDER(3), TRUSTED_ADVISOR(4), STRATEGIC_PARTNER(5);

	private final int level;

	Maturity(int level) {
		this.level = level;
	}

	/**
	 * The level's number.
	 * @return 1 for ad hoc up to 5 for strategic partner
	 */
	public int level() {
		return this.level;
	}

	/**
	 * The maturity of a level.
	 * @param level 1 to 5
	 * @return the maturity
	 * @throws IllegalArgumentException for a number outside 1 to 5
	 */
	public static Maturity of(int level) {
		for (Maturity maturity : values()) {
			if (maturity.level == level) {
				return maturity;
			}
		}
		throw new IllegalArgumentException("No maturity level " + level);
	}

}
