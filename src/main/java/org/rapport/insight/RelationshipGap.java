package org.rapport.insight;

import java.time.LocalDate;

/**
 * A relationship's two sides this quarter so far: how IT serves its counterpart (the
 * business unit's incidents) beside how the relationship's partners perceive IT.
 *
 * @param period the quarter
 * @param unitName the business unit
 * @param incidents the incidents it raised, opened in the quarter
 * @param slaMetPercent those resolved within their SLA, in percent; {@code null} without
 * incidents
 * @param medianResolutionHours the median time to resolve them
 * @param perceivedScore the latest perception of the relationship on 0 to 100 in the
 * quarter or the one before, {@code null} when no survey measured it
 * @param nps the recommendation score then
 * @param responses the responses behind it
 * @param measuredOn when
 * @param quadrant where the two sides meet
 * @param flagged technically green and perceived red
 */
public record RelationshipGap(String period, String unitName, long incidents, Double slaMetPercent,
		Double medianResolutionHours, Integer perceivedScore, Integer nps, long responses, LocalDate measuredOn,
		Quadrant quadrant, boolean flagged) {
}
