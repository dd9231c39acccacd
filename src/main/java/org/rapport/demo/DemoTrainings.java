package org.rapport.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import org.rapport.demo.DemoOrganisation.Person;
import org.rapport.development.FeedbackDraft;
import org.rapport.development.TrainingDraft;
import org.rapport.development.TrainingFormat;
import org.rapport.development.TrainingSessionDraft;
import org.rapport.development.TrainingSummary;
import org.rapport.development.Trainings;

/**
 * The demo organisation's training catalogue: eight courses over the default competency
 * framework, each with a session held in the last months (who attended, one who did not
 * come, and what some of them said) and sessions to come with people enrolled. One
 * session to come is full with two people on its waiting list. The IT staff member
 * completed one course and is enrolled in another, so that their trainings are not empty.
 */
class DemoTrainings {

	/** The course whose next session is full, with a waiting list. */
	static final String FULL_COURSE = "Difficult conversations with partners";

	private static final List<Course> COURSES = List.of(new Course("Listening that builds trust",
			"Hearing the partner out: open questions, summing up, and the concern behind the request. Practised "
					+ "on real cases from this year's reviews.",
			true, "IT Academy", TrainingFormat.WORKSHOP, 180, List.of("active-listening", "empathy")),
			new Course("Explaining technology in plain words",
					"Outages, changes and options told in the partner's terms, in writing and in person, with a "
							+ "one-page template to take away.",
					true, "IT Academy", TrainingFormat.WORKSHOP, 240, List.of("clear-communication")),
			new Course("Knowing the business you serve",
					"How the company makes its money, reads its numbers and plans its year, and where IT fits in.",
					false, "Northwind Business School", TrainingFormat.COURSE, 480, List.of("business-understanding")),
			new Course("Promises you can keep",
					"Making commitments you can keep, tracking them and renegotiating in the open when a date slips.",
					false, "Learnwell", TrainingFormat.E_LEARNING, 90, List.of("reliability")),
			new Course("Influence without authority",
					"Moving decisions forward with evidence, options and allies rather than escalation.", false,
					"Harbour Leadership", TrainingFormat.COURSE, 420, List.of("influence")),
			new Course(FULL_COURSE,
					"Raising disagreement early and turning an escalation into a plan both sides accept; role plays "
							+ "with an actor.",
					true, "IT Academy", TrainingFormat.WORKSHOP, 360, List.of("handling-conflict", "empathy")),
			new Course("One IT: working across groups",
					"Bringing the right colleagues into a partner's request so that the partner sees one IT.", true,
					null, TrainingFormat.WORKSHOP, 180, List.of("collaboration")),
			new Course("Running a business review",
					"Preparing, running and following up a quarterly review with a partner, from agenda to actions.",
					true, "Relationship management office", TrainingFormat.COURSE, 240,
					List.of("business-understanding", "clear-communication")));

	private static final List<String> COMMENTS = List.of("Practical: I used the summing-up technique the next day.",
			"The role plays felt close to my own week.", "Good, though half a day would have been enough.",
			"The template alone was worth it.", "I would have liked more time on our own cases.");

	private final Random random;

	private final LocalDate today;

	DemoTrainings(long seed, LocalDate today) {
		this.random = new Random(seed * 31 + 7);
		this.today = today;
	}

	/**
	 * Records the catalogue.
	 * @param trainings the catalogue
	 * @param organisation the demo organisation
	 * @param personId the id of a person by employee id
	 * @return the courses recorded
	 */
	int load(Trainings trainings, DemoOrganisation organisation, Function<String, Long> personId) {
		long staff = personId.apply(organisation.itStaff());
		List<Long> inIt = new ArrayList<>(organisation.people()
			.stream()
			.filter(Person::inIt)
			.map(Person::employeeId)
			.filter((id) -> !id.equals(organisation.itStaff()) && !id.equals(organisation.itLeader()))
			.map(personId)
			.toList());
		for (int i = 0; i < COURSES.size(); i++) {
			Course course = COURSES.get(i);
			TrainingSummary added = trainings
				.add(new TrainingDraft(course.title(), course.description(), course.internal(), course.provider(),
						course.format(), course.minutes(), course.competencies(), null));
			// Held between one and four months ago.
			LocalDateTime held = this.today.minusDays(30 + 12L * i).atTime(9, 0);
			List<Long> attended = pick(inIt, 5 + this.random.nextInt(4));
			if (i == 1) {
				attended.add(0, staff);
			}
			List<Long> noShow = pick(inIt, 1).stream().filter((id) -> !attended.contains(id)).toList();
			Map<Long, FeedbackDraft> feedback = new HashMap<>();
			for (int j = 0; j < attended.size(); j += 2) {
				feedback.put(attended.get(j), new FeedbackDraft(3 + this.random.nextInt(3),
						COMMENTS.get(this.random.nextInt(COMMENTS.size()))));
			}
			trainings.recordEarlier(added.id(), draft(course, held, 12, course.format() == TrainingFormat.E_LEARNING),
					attended, noShow, feedback);
			// One session to come, in two to eight weeks; the full one seats four.
			boolean full = course.title().equals(FULL_COURSE);
			long next = trainings
				.schedule(added.id(),
						draft(course, this.today.plusDays(14 + 6L * i).atTime(9, 30), full ? 4 : 12,
								course.format() == TrainingFormat.E_LEARNING))
				.id();
			List<Long> enrolling = pick(inIt, full ? 6 : 2 + this.random.nextInt(5));
			if (i == 0) {
				enrolling.add(0, staff);
			}
			enrolling.forEach((person) -> trainings.recordEnrolment(next, person));
		}
		return COURSES.size();
	}

	private List<Long> pick(List<Long> people, int count) {
		List<Long> picked = new ArrayList<>();
		while (picked.size() < count && picked.size() < people.size()) {
			Long person = people.get(this.random.nextInt(people.size()));
			if (!picked.contains(person)) {
				picked.add(person);
			}
		}
		return picked;
	}

	private static TrainingSessionDraft draft(Course course, LocalDateTime starts, int seats, boolean online) {
		LocalDateTime ends = starts.plusMinutes(Math.min(course.minutes(), 8 * 60));
		return new TrainingSessionDraft(starts, ends, online ? null : "Head office, training room 2",
				online ? "https://learn.example.org/rapport-demo" : null, seats);
	}

	private record Course(String title, String description, boolean internal, String provider, TrainingFormat format,
			int minutes, List<String> competencies) {
	}

}
