package org.rapport.development;

import java.time.LocalDate;
import java.util.List;

/**
 * What a rater's link shows: whose 360 it is, in which group the rater answers, and the
 * competencies to rate with what each looks like per level.
 *
 * @param subjectName whose 360 it is
 * @param group the rater's group
 * @param closesOn the last day to answer
 * @param competencies the competencies to rate
 */
public record FeedbackInvitation(String subjectName, RaterGroup group, LocalDate closesOn,
		List<CompetencySummary> competencies) {

}
