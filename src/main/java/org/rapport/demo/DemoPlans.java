package org.rapport.demo;

import java.time.LocalDate;
import java.util.List;

import org.rapport.development.CheckInDraft;
import org.rapport.development.DevelopmentPlanDetails;
import org.rapport.development.DevelopmentPlans;
import org.rapport.development.GoalDraft;
import org.rapport.development.PlanActionDraft;
import org.rapport.development.PlanActionKind;
import org.rapport.development.TrainingSummary;
import org.rapport.development.Trainings;

/**
 * The IT staff member's development plan, written by them after their 360: clear
 * communication, the blind spot partners named, with the training that develops it, their
 * mentor and practice in the next business review, a check-in a third of the way; and
 * business understanding, not yet begun.
 */
class DemoPlans {

	private final LocalDate today;

	DemoPlans(LocalDate today) {
		this.today = today;
	}

	/**
	 * Writes the plan; run signed in as the staff member.
	 * @param plans where plans are kept
	 * @param trainings the catalogue, for the course the plan names
	 */
	void load(DevelopmentPlans plans, Trainings trainings) {
		DevelopmentPlanDetails.Goal clear = plans.addGoal(new GoalDraft("clear-communication", 3,
				"Partners in my 360 found my outage emails and steering slides too technical.",
				this.today.plusMonths(4), null));
		List<TrainingSummary> courses = trainings.forCompetency("clear-communication");
		plans.addAction(clear.id(),
				new PlanActionDraft(PlanActionKind.TRAINING,
						courses.isEmpty() ? "A course on explaining technology" : courses.get(0).title(),
						courses.isEmpty() ? null : courses.get(0).id(), null, this.today.plusMonths(1)));
		plans.addAction(clear.id(), new PlanActionDraft(PlanActionKind.MENTORING,
				"Monthly session with my mentor on one message I sent", null, null, this.today.plusMonths(3)));
		plans.addAction(clear.id(),
				new PlanActionDraft(PlanActionKind.PRACTICE,
						"Write the one-page summary for the next quarterly business review myself", null, null,
						this.today.plusMonths(2)));
		plans.checkIn(clear.id(), new CheckInDraft(30,
				"Rewrote the last two outage notes for Finance's controller; both read without a follow-up call."));
		plans.addGoal(new GoalDraft("business-understanding", 3,
				"Know the plants' planning calendar before I propose a change window.", this.today.plusMonths(6),
				null));
	}

}
