package org.rapport.insight;

import java.time.LocalDate;
import java.util.List;

/**
 * The perception gap of a quarter: each business unit with a relationship to IT, its
 * technical figures beside its perception of IT, and where it stood the quarter before.
 *
 * @param period the quarter
 * @param from its first day
 * @param to its last day
 * @param thresholds where green begins on each side
 * @param units the business units, those flagged first, then by widest gap
 */
public record PerceptionGap(String period, LocalDate from, LocalDate to, Thresholds thresholds, List<Unit> units) {

	/**
	 * Where the technical axis of the quadrant charts begins, in percent: service figures
	 * live between it and 100, and lower shares sit on the chart's edge.
	 */
	public static final double TECHNICAL_AXIS_FROM = 80;

	/**
	 * A business unit in the quarter.
	 *
	 * @param unitId the unit
	 * @param unitName its name
	 * @param incidents the incidents it raised that were opened in the quarter
	 * @param slaMetPercent those resolved within their SLA, in percent of those whose SLA
	 * outcome is known; {@code null} without incidents
	 * @param technicalScore the technical side on 0 to 100 (the SLA met percentage)
	 * @param perceivedScore the unit's perception of IT on 0 to 100, the mean of its
	 * relationships' latest survey results weighted by responses; {@code null} when no
	 * survey measured it in the quarter or the one before
	 * @param nps the unit's recommendation score where the surveys asked for it
	 * @param responses the responses behind the perception
	 * @param quadrant where the two sides meet
	 * @param gap technical score minus perceived score, {@code null} unless both are
	 * measured
	 * @param flagged technically green and perceived red: the essay's case
	 * @param previousQuadrant the quadrant the quarter before
	 * @param previousPerceivedScore the perception the quarter before
	 * @param previousTechnicalScore the technical score the quarter before
	 * @param relationships the unit's relationships with IT and their perception
	 */
	public record Unit(long unitId, String unitName, long incidents, Double slaMetPercent, Double technicalScore,
			Double perceivedScore, Integer nps, long responses, Quadrant quadrant, Double gap, boolean flagged,
			Quadrant previousQuadrant, Double previousPerceivedScore, Double previousTechnicalScore,
			List<Relationship> relationships) {

		/**
		 * Whether the unit moved to another quadrant since the quarter before.
		 * @return {@code true} when both quarters were measured and the quadrants differ
		 */
		public boolean moved() {
			return this.quadrant != Quadrant.NOT_MEASURED && this.previousQuadrant != Quadrant.NOT_MEASURED
					&& this.quadrant != this.previousQuadrant;
		}

	}

	/**
	 * A relationship of a business unit with IT.
	 *
	 * @param id the relationship
	 * @param name its one name
	 * @param perceivedScore its latest perception in the window, {@code null} when none
	 * @param nps its recommendation score then
	 * @param responses the responses behind it
	 * @param measuredOn when
	 */
	public record Relationship(long id, String name, Integer perceivedScore, Integer nps, long responses,
			LocalDate measuredOn) {
	}

}
