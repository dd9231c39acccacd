package org.rapport.development;

import java.time.LocalDate;
import java.util.List;

/**
 * A 360 round to start.
 *
 * @param subjectId whose 360 it is; {@code null} for the caller's own
 * @param closesOn the last day raters answer
 * @param competencies the keys of the competencies to rate; empty for every competency
 * offered
 * @param raters the raters nominated at once, may be empty
 */
public record FeedbackRoundDraft(Long subjectId, LocalDate closesOn, List<String> competencies,
		List<RaterDraft> raters) {

}
