package org.rapport.development;

/**
 * A rater of a 360 as the person and their manager see them.
 *
 * @param id the rater's id in the round
 * @param personId the person
 * @param name their name
 * @param group the group they rate in
 * @param answered whether they answered; {@code null} in the anonymous groups, where only
 * the group's count is shown
 */
public record RaterSummary(long id, long personId, String name, RaterGroup group, Boolean answered) {

}
