package org.rapport.insight;

import java.util.List;

/**
 * The perception gap quarter by quarter: each business unit's technical score and
 * perception in each of a run of quarters, the oldest first.
 *
 * @param periods the quarters, the oldest first
 * @param thresholds where green begins on each side
 * @param units the business units with an active relationship to IT, by name
 */
public record PerceptionTrend(List<String> periods, Thresholds thresholds, List<Unit> units) {

	/** The fewest quarters a trend shows. */
	public static final int MIN_QUARTERS = 2;

	/** The most quarters a trend shows: three years. */
	public static final int MAX_QUARTERS = 12;

	/** The quarters shown unless asked otherwise: two years. */
	public static final int DEFAULT_QUARTERS = 8;

	/**
	 * A business unit over the quarters.
	 *
	 * @param unitId the unit
	 * @param unitName its name
	 * @param quarters one entry per quarter, in the order of the trend's periods
	 */
	public record Unit(long unitId, String unitName, List<Quarter> quarters) {
	}

	/**
	 * A business unit in one quarter.
	 *
	 * @param period the quarter
	 * @param technicalScore the SLA met percentage of its incidents opened in the
	 * quarter, {@code null} without incidents
	 * @param perceivedScore its perception then, {@code null} when no survey measured it
	 * in the quarter or the one before
	 * @param quadrant where the two meet
	 */
	public record Quarter(String period, Double technicalScore, Double perceivedScore, Quadrant quadrant) {
	}

}
