package org.rapport.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.rapport.development.Coaching;
import org.rapport.development.CoachingDraft;
import org.rapport.development.CoachingEnding;
import org.rapport.development.CoachingGoalDraft;
import org.rapport.development.CoachingSessionDraft;

/**
 * The demo organisation's coaching: the head of relationship management coached the IT
 * leader through the spring on influence and hard conversations with partners, an
 * engagement ended with its outcome, and now coaches the IT staff member on knowing the
 * business and influence, an engagement under way. Each has sessions logged by coach and
 * coachee with their private notes.
 */
class DemoCoaching {

	private final LocalDate today;

	DemoCoaching(LocalDate today) {
		this.today = today;
	}

	/**
	 * Sets up the engagements as the system administrator, and logs their sessions and
	 * ends the first signed in as coach or coachee.
	 * @param coaching where engagements are kept
	 * @param organisation the demo organisation
	 * @param personId the id of a person by employee id
	 * @param as runs an action signed in as the demo account of that name
	 * @return the engagements set up
	 */
	int load(Coaching coaching, DemoOrganisation organisation, Function<String, Long> personId,
			BiConsumer<String, Runnable> as) {
		long head = personId.apply(organisation.headOfRelationshipManagement());
		long ended = coaching
			.setUp(new CoachingDraft(head, personId.apply(organisation.itLeader()), this.today.minusDays(180), List.of(
					new CoachingGoalDraft("influence",
							"Get decisions on shared priorities without escalating to the CIO."),
					new CoachingGoalDraft("handling-conflict", "Say no to a partner early and offer a way forward."))))
			.id();
		long active = coaching.setUp(new CoachingDraft(head, personId.apply(organisation.itStaff()),
				this.today.minusDays(45),
				List.of(new CoachingGoalDraft("business-understanding",
						"Know what my partners' plants are measured on before I propose a change."),
						new CoachingGoalDraft("influence", "Bring a proposal to the change board that it accepts."))))
			.id();
		as.accept("brm", () -> {
			log(coaching, ended, 170, "First session: mapped the three partners whose decisions stall, and why.");
			log(coaching, ended, 140, "Prepared the capacity conversation with Manufacturing: options, not a refusal.");
			log(coaching, ended, 110, "Went back over the steering meeting; the early no was heard as a plan.");
			coaching.end(ended, new CoachingEnding(
					"Two priority conflicts settled with partners directly this quarter, none escalated to the CIO.",
					null));
			log(coaching, active, 40, "Started from the 360: partners want changes told in their numbers.");
		});
		as.accept("staff", () -> log(coaching, active, 12,
				"Walked through the plant's planning calendar with its controller; three windows that suit them."));
		return 2;
	}

	private void log(Coaching coaching, long engagement, int daysAgo, String note) {
		coaching.logSession(engagement, new CoachingSessionDraft(this.today.minusDays(daysAgo), note));
	}

}
