package org.rapport.relationships;

import java.util.List;

/**
 * A relationship's maturity from both sides: each side's current view, how far apart they
 * are, and every assessment so far.
 *
 * @param relationshipId the relationship
 * @param itView IT's latest view of itself, may be {@code null}
 * @param counterpartView the counterpart's latest view of IT, may be {@code null}
 * @param gap IT's level less the counterpart's: above zero where IT rates itself higher;
 * {@code null} until both sides have a view
 * @param history every assessment, newest first
 */
public record MaturityDetails(long relationshipId, MaturityAssessment itView, MaturityAssessment counterpartView,
		Integer gap, List<MaturityAssessment> history) {

	public MaturityDetails {
		history = List.copyOf(history);
	}

	/**
	 * Tells whether the two sides' current views differ.
	 * @return {@code true} when both sides have a view and the levels differ
	 */
	public boolean disagree() {
		return this.gap != null && this.gap != 0;
	}

}
