package org.rapport.development;

/**
 * A development plan as lists show it.
 *
 * @param id the plan
 * @param personId whose plan it is
 * @param personName their name
 * @param goals how many goals it has
 * @param openGoals how many of them are open
 * @param mine whether it is the caller's own plan
 * @param version its version
 */
public record DevelopmentPlanSummary(long id, long personId, String personName, int goals, int openGoals, boolean mine,
		long version) {

}
