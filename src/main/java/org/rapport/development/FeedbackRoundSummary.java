package org.rapport.development;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A 360 round as the person and their manager see it.
 *
 * @param id the round
 * @param subjectId whose 360 it is
 * @param subjectName their name
 * @param managerId their manager, who approves the raters and sees the report
 * @param managerName the manager's name
 * @param state where it stands
 * @param closesOn the last day raters answer
 * @param competencies the names of the competencies rated, in the framework's order
 * @param raters the raters
 * @param answered how many of each group answered
 * @param version the round's version, the API's {@code ETag}
 */
public record FeedbackRoundSummary(long id, long subjectId, String subjectName, long managerId, String managerName,
		FeedbackRoundState state, LocalDate closesOn, List<String> competencies, List<RaterSummary> raters,
		Map<RaterGroup, Integer> answered, long version) {

	/**
	 * How many raters a group has.
	 * @param group the group
	 * @return its raters
	 */
	public long invited(RaterGroup group) {
		return this.raters.stream().filter((rater) -> rater.group() == group).count();
	}

}
