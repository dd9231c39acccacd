package org.rapport.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import org.rapport.demo.DemoOrganisation.Person;
import org.rapport.development.EarlierRater;
import org.rapport.development.FeedbackRounds;
import org.rapport.development.RaterGroup;

/**
 * The demo organisation's 360s: the IT staff member's round, closed six weeks ago, rated
 * by themselves, their manager, four peers in IT and three business partners. They see
 * themselves as clear communicators and their partners do not: clear communication is the
 * blind spot, the gap that mentoring and training then work on; empathy is a strength the
 * others see more than they do.
 */
class DemoFeedback {

	static final int PEERS = 4;

	static final int PARTNERS = 3;

	private static final List<String> KEYS = List.of("active-listening", "clear-communication", "empathy",
			"business-understanding", "reliability", "influence", "handling-conflict", "collaboration");

	/** The staff member's own levels, in the order of {@link #KEYS}. */
	private static final int[] SELF = { 3, 4, 2, 3, 3, 2, 2, 3 };

	/** Around which the others rate, in the same order. */
	private static final int[] OTHERS = { 3, 2, 3, 3, 3, 2, 2, 3 };

	private final Random random;

	private final LocalDate today;

	DemoFeedback(long seed, LocalDate today) {
		this.random = new Random(seed * 37 + 5);
		this.today = today;
	}

	/**
	 * Records the staff member's closed 360.
	 * @param rounds where 360s are kept
	 * @param organisation the demo organisation
	 * @param personId the id of a person by employee id
	 * @return the round
	 */
	long load(FeedbackRounds rounds, DemoOrganisation organisation, Function<String, Long> personId) {
		Person staff = organisation.people()
			.stream()
			.filter((person) -> person.employeeId().equals(organisation.itStaff()))
			.findFirst()
			.orElseThrow();
		List<Person> peers = new ArrayList<>(organisation.people()
			.stream()
			.filter((person) -> person.inIt() && person.unitName().equals(staff.unitName())
					&& !person.employeeId().equals(staff.employeeId())
					&& !person.employeeId().equals(staff.managerEmployeeId()))
			.toList());
		List<Person> partners = new ArrayList<>(
				organisation.people().stream().filter((person) -> !person.inIt() && person.email() != null).toList());
		Collections.shuffle(peers, this.random);
		Collections.shuffle(partners, this.random);
		List<EarlierRater> raters = new ArrayList<>();
		raters.add(new EarlierRater(personId.apply(staff.employeeId()), RaterGroup.SELF, scores(SELF, 0),
				Map.of("clear-communication", "I make a point of explaining changes in plain words.")));
		raters.add(new EarlierRater(personId.apply(staff.managerEmployeeId()), RaterGroup.MANAGER, scores(OTHERS, 0),
				Map.of("clear-communication", "Strong on detail; the business summary gets lost in it.")));
		List<String> peerNotes = List.of("Always ready to help across teams.", "Patient with my questions.",
				"Knows the systems inside out.", "Brings the right people in.");
		for (int i = 0; i < Math.min(PEERS, peers.size()); i++) {
			raters.add(new EarlierRater(personId.apply(peers.get(i).employeeId()), RaterGroup.PEER, scores(OTHERS, 1),
					Map.of("collaboration", peerNotes.get(i))));
		}
		List<String> partnerNotes = List.of("The outage emails were full of jargon we could not pass on.",
				"I often need a second call to understand what was decided.",
				"Hard to follow in the steering meeting; the slides were technical.");
		for (int i = 0; i < Math.min(PARTNERS, partners.size()); i++) {
			int[] partner = OTHERS.clone();
			partner[1] = 1 + this.random.nextInt(2);
			raters.add(new EarlierRater(personId.apply(partners.get(i).employeeId()), RaterGroup.PARTNER,
					scores(partner, 1), Map.of("clear-communication", partnerNotes.get(i))));
		}
		return rounds.recordEarlier(personId.apply(staff.employeeId()), this.today.minusWeeks(6), raters);
	}

	/**
	 * Levels around the given ones, each moved by at most {@code spread}, within 1 to 4.
	 */
	private Map<String, Integer> scores(int[] around, int spread) {
		Map<String, Integer> scores = new HashMap<>();
		for (int i = 0; i < KEYS.size(); i++) {
			int moved = around[i] + ((spread == 0) ? 0 : this.random.nextInt(2 * spread + 1) - spread);
			scores.put(KEYS.get(i), Math.max(1, Math.min(4, moved)));
		}
		return scores;
	}

}
