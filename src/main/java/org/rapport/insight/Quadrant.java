package org.rapport.insight;

/**
 * Where a business unit's technical performance and its perception of IT meet.
 */
public enum Quadrant {

	/** Technically green, perceived well. */
	HEALTHY,
	/** Technically green, perceived red: a relationship problem, not a technical one. */
	RELATIONSHIP_PROBLEM,
	/** Technically red, still perceived well: goodwill that will not last. */
	GOODWILL_AT_RISK,
	/** Technically red and perceived red. */
	CRISIS,
	/** One of the two sides has not been measured in the period. */
	NOT_MEASURED;

	static Quadrant of(Double technical, Double perceived, Thresholds thresholds) {
		if (technical == null || perceived == null) {
			return NOT_MEASURED;
		}
		boolean technicallyGreen = technical >= thresholds.technicalGreen();
		boolean perceivedGreen = perceived >= thresholds.perceivedGreen();
		if (technicallyGreen) {
			return perceivedGreen ? HEALTHY : RELATIONSHIP_PROBLEM;
		}
		return perceivedGreen ? GOODWILL_AT_RISK : CRISIS;
	}

}
