package org.rapport.recognition;

import java.util.List;

/**
 * A scorecard of a quarter: each figure with how it was computed and how it moved since
 * the quarter before.
 *
 * @param period the quarter, such as {@code 2026-Q4}
 * @param scope whose
 * @param id the person or IT group, {@code null} for the organisation
 * @param name their name
 * @param frozen whether it is the snapshot taken when the quarter ended, which later data
 * does not change
 * @param figures the figures, in a fixed order
 */
public record Scorecard(String period, ScorecardScope scope, Long id, String name, boolean frozen,
		List<Figure> figures) {

	/**
	 * One figure.
	 *
	 * @param name what it measures: {@code relationships}, {@code health},
	 * {@code cadence}, {@code commitments}, {@code partnerFeedback}, {@code recognition},
	 * {@code development}
	 * @param value its value, {@code null} when there was nothing to measure
	 * @param trend its value minus the quarter before's, {@code null} when either is
	 * missing
	 * @param explanation how it was computed, in words
	 */
	public record Figure(String name, Double value, Double trend, String explanation) {
	}

}
