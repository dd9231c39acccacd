package org.rapport.development;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A development plan with its goals, their actions and check-ins.
 *
 * @param id the plan
 * @param personId whose plan it is
 * @param personName their name
 * @param mine whether it is the caller's own plan, which they edit; their manager reads
 * it
 * @param goals its goals, open ones first, then by due date
 * @param version its version
 */
public record DevelopmentPlanDetails(long id, long personId, String personName, boolean mine, List<Goal> goals,
		long version) {

	/**
	 * A goal of the plan.
	 *
	 * @param id the goal
	 * @param competency the key of the competency it develops
	 * @param competencyName the competency's name
	 * @param targetLevel the level aimed at, 1 to 4
	 * @param why why it matters
	 * @param dueOn when it should be reached
	 * @param state where it stands
	 * @param progress the progress of the latest check-in, 0 when none
	 * @param actions its actions, in the order they were added
	 * @param checkIns its check-ins, the latest first
	 * @param version its version, the API's {@code ETag} for changing it
	 */
	public record Goal(long id, String competency, String competencyName, int targetLevel, String why, LocalDate dueOn,
			GoalState state, int progress, List<Action> actions, List<CheckIn> checkIns, long version) {

	}

	/**
	 * An action towards a goal.
	 *
	 * @param id the action
	 * @param kind what kind of action
	 * @param description what the person will do
	 * @param trainingId the course, for a training
	 * @param trainingTitle the course's title, for a training
	 * @param relationshipId the relationship practised on
	 * @param dueOn when it should be done, may be {@code null}
	 * @param done whether it is done
	 */
	public record Action(long id, PlanActionKind kind, String description, Long trainingId, String trainingTitle,
			Long relationshipId, LocalDate dueOn, boolean done) {

	}

	/**
	 * A check-in on a goal.
	 *
	 * @param id the check-in
	 * @param progress how far the goal was reached, 0 to 100
	 * @param note what the person noted, may be {@code null}
	 * @param at when
	 */
	public record CheckIn(long id, int progress, String note, LocalDateTime at) {

	}

}
