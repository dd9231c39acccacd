package org.rapport.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import org.rapport.demo.DemoOrganisation.Person;
import org.rapport.development.MenteeDraft;
import org.rapport.development.MentorDraft;
import org.rapport.development.Mentoring;
import org.rapport.development.ProgrammeDraft;
import org.rapport.development.ProposedPair;
import org.rapport.development.SessionDraft;

/**
 * The demo organisation's mentoring: one programme, matched and published, in which the
 * IT staff member is a mentee who wants to explain technology in business terms, with
 * mentors among colleagues who manage no one (so that none is in anyone's reporting
 * line), and a few sessions logged by each pair over the last weeks.
 */
class DemoMentoring {

	static final int MENTORS = 6;

	static final int MENTEES = 8;

	private static final List<List<String>> STRENGTHS = List.of(
			List.of("clear-communication", "business-understanding"), List.of("active-listening", "empathy"),
			List.of("influence", "handling-conflict"), List.of("reliability", "collaboration"),
			List.of("business-understanding", "influence"),
			List.of("empathy", "handling-conflict", "clear-communication"));

	private static final List<List<String>> GOALS = List.of(List.of("active-listening"),
			List.of("influence", "business-understanding"), List.of("handling-conflict"), List.of("empathy"),
			List.of("collaboration", "reliability"), List.of("clear-communication"), List.of("influence"));

	private static final List<String> NOTES = List.of(
			"Went through the last steering meeting: what the partner heard, and what I meant.",
			"Practised the one-page summary for the quarterly review; cut it by half.",
			"Talked about saying no to a request without losing the partner.",
			"Role-played the escalation call with Finance before the real one.");

	private final Random random;

	private final LocalDate today;

	DemoMentoring(long seed, LocalDate today) {
		this.random = new Random(seed * 31 + 11);
		this.today = today;
	}

	/**
	 * Opens the programme, signs up its mentors and mentees, matches and publishes it,
	 * and logs sessions.
	 * @param mentoring where mentoring is kept
	 * @param organisation the demo organisation
	 * @param personId the id of a person by employee id
	 * @return the pairs published
	 */
	int load(Mentoring mentoring, DemoOrganisation organisation, Function<String, Long> personId) {
		Set<String> managers = new HashSet<>();
		organisation.people().forEach((person) -> {
			if (person.managerEmployeeId() != null) {
				managers.add(person.managerEmployeeId());
			}
		});
		String staff = organisation.itStaff();
		List<String> colleagues = new ArrayList<>(organisation.people()
			.stream()
			.filter(Person::inIt)
			.map(Person::employeeId)
			.filter((id) -> !managers.contains(id) && !id.equals(staff))
			.toList());
		java.util.Collections.shuffle(colleagues, this.random);
		long programme = mentoring.create(new ProgrammeDraft("Mentoring, spring " + this.today.getYear(),
				"Colleagues who are strong in a relationship skill help those who want to grow it, for three months."))
			.id();
		for (int i = 0; i < MENTORS && i < colleagues.size(); i++) {
			mentoring.enrolMentor(programme, personId.apply(colleagues.get(i)),
					new MentorDraft(STRENGTHS.get(i % STRENGTHS.size()), 1 + (i % 2)));
		}
		mentoring.enrolMentee(programme, personId.apply(staff),
				new MenteeDraft(List.of("clear-communication", "business-understanding"),
						"Explain our changes in the business's terms, not ours.", null, null));
		for (int i = MENTORS; i < MENTORS + MENTEES - 1 && i < colleagues.size(); i++) {
			mentoring.enrolMentee(programme, personId.apply(colleagues.get(i)), new MenteeDraft(
					GOALS.get(i % GOALS.size()), "Grow with a colleague who does this well.", null, null));
		}
		mentoring.match(programme);
		List<ProposedPair> pairs = mentoring.proposal(programme).pairs();
		mentoring.publish(programme, null);
		List<ProposedPair> published = mentoring.proposal(programme).pairs();
		for (ProposedPair pair : published) {
			int sessions = 1 + this.random.nextInt(3);
			for (int s = 0; s < sessions; s++) {
				LocalDate day = this.today.minusDays(6 + 14L * (sessions - 1 - s));
				long by = (s % 2 == 0) ? pair.mentorId() : pair.menteeId();
				mentoring.recordSession(pair.id(), by,
						new SessionDraft(day, NOTES.get((s + (int) pair.id()) % NOTES.size())), day.atTime(17, 30));
			}
		}
		return pairs.size();
	}

}
