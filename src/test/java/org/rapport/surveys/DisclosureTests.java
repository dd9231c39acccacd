package org.rapport.surveys;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.rapport.surveys.Disclosure.Decision;
import org.rapport.surveys.Suppression.Group;
import org.rapport.surveys.Suppression.Outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The differencing guard against cases worked out by hand, with {@code k = 5}.
 */
class DisclosureTests {

	final Disclosure disclosure = new Disclosure(5);

	/** Finance's 40 responses, ids 1 to 40. */
	static final RespondentSet FINANCE = range(1, 40);

	@Test
	void refusesASetThatDiffersFromOneSeenByFewerThanK() {
		// Finance without its 2 responses from Sydney (ids 1 and 2): 40 - 38 = 2 < 5.
		Decision decision = this.disclosure.decide(List.of(FINANCE), List.of(range(3, 40)));

		assertThat(decision).isEqualTo(Decision.TOO_CLOSE_TO_SEEN);
		assertThat(decision.served()).isFalse();
	}

	@Test
	void servesTheSameSetAgain() {
		Decision decision = this.disclosure.decide(List.of(FINANCE), List.of(range(1, 40)));

		assertThat(decision).isEqualTo(Decision.SERVE);
		assertThat(decision.served()).isTrue();
	}

	@Test
	void servesASetThatDiffersByKOrMore() {
		// Finance and Legal, 1 to 52: 12 more. 1 to 45: exactly 5 more. 1 to 44: 4 more.
		assertThat(this.disclosure.decide(List.of(FINANCE), List.of(range(1, 52)))).isEqualTo(Decision.SERVE);
		assertThat(this.disclosure.decide(List.of(FINANCE), List.of(range(1, 45)))).isEqualTo(Decision.SERVE);
		assertThat(this.disclosure.decide(List.of(FINANCE), List.of(range(1, 44))))
			.isEqualTo(Decision.TOO_CLOSE_TO_SEEN);
	}

	@Test
	void refusesOverlappingSetsThatDifferInFewerThanKThoughNeitherHoldsTheOther() {
		// 1..20 and 3..22: 1, 2 and 21, 22 are in one only, 4 < 5. 1..20 and 4..23: 6.
		RespondentSet seen = range(1, 20);

		assertThat(this.disclosure.decide(List.of(seen), List.of(range(3, 22)))).isEqualTo(Decision.TOO_CLOSE_TO_SEEN);
		assertThat(this.disclosure.decide(List.of(seen), List.of(range(4, 23)))).isEqualTo(Decision.SERVE);
		assertThat(this.disclosure.tooClose(seen, range(3, 22))).isTrue();
		assertThat(this.disclosure.tooClose(seen, seen)).isFalse();
	}

	@Test
	void looksAtEverySeenSetWhateverItsSize() {
		// Seen sets of many sizes; only the one of 44 is within 4 of the new 40.
		List<RespondentSet> seen = new ArrayList<>();
		for (int size = 5; size <= 100; size += 10) {
			seen.add(range(1000, 1000 + size - 1));
		}
		seen.add(range(1, 44));

		assertThat(this.disclosure.decide(seen, List.of(FINANCE))).isEqualTo(Decision.TOO_CLOSE_TO_SEEN);
		assertThat(this.disclosure.decide(seen.subList(0, seen.size() - 1), List.of(FINANCE)))
			.isEqualTo(Decision.SERVE);
	}

	@Test
	void refusesAResultThatShowsFewerThanK() {
		assertThat(this.disclosure.decide(List.of(), List.of(range(1, 4)))).isEqualTo(Decision.TOO_FEW);
		assertThat(this.disclosure.decide(List.of(), List.of(RespondentSet.empty(), range(1, 5))))
			.isEqualTo(Decision.SERVE);
	}

	@Test
	void disclosesTheWholeTheShownGroupsAndWhatSubtractionGives() {
		// Whole 1..22: Finance 1..12, Legal 13..19, Sales 20..22. Sales (3) is too few,
		// Legal goes with it, and the whole less Finance gives 13..22.
		RespondentSet whole = range(1, 22);
		Outcome outcome = new Suppression(5)
			.apply(List.of(new Group("Finance", 12), new Group("Legal", 7), new Group("Sales", 3)));

		List<RespondentSet> sets = Disclosure.disclosed(whole, outcome,
				Map.of("Finance", range(1, 12), "Legal", range(13, 19), "Sales", range(20, 22)));

		assertThat(sets).containsExactly(whole, range(1, 12), range(13, 22));
		assertThat(this.disclosure.decide(List.of(), sets)).isEqualTo(Decision.SERVE);
	}

	@Test
	void disclosesNothingWhenTheWholeIsNotShown() {
		Outcome outcome = new Suppression(5).apply(List.of(new Group("Finance", 2), new Group("Legal", 2)));

		assertThat(Disclosure.disclosed(range(1, 4), outcome, Map.of("Finance", range(1, 2), "Legal", range(3, 4))))
			.isEmpty();
	}

	@Test
	void refusesSetsThatDoNotMatchTheOutcome() {
		Outcome outcome = new Suppression(5).apply(List.of(new Group("Finance", 6), new Group("Legal", 6)));

		assertThatIllegalArgumentException().isThrownBy(() -> Disclosure.disclosed(range(1, 12), outcome,
				Map.of("Finance", range(1, 6), "Legal", range(7, 11))));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Disclosure.disclosed(range(1, 11), outcome, Map.of("Finance", range(1, 6))));
	}

	@Test
	void refusesTwoBreakdownsOfOneResultThatDifferInFewerThanK() {
		// Finance's 6 are all strategic; the strategic tier is Finance and 2 of Legal's
		// 7.
		// Each breakdown passes suppression, but strategic less Finance is those 2.
		RespondentSet whole = range(1, 13);
		RespondentSet finance = range(1, 6);
		RespondentSet legal = range(7, 13);
		RespondentSet strategic = range(1, 8);
		RespondentSet core = range(9, 13);
		Suppression suppression = new Suppression(5);
		List<RespondentSet> sets = new ArrayList<>();
		sets.addAll(
				Disclosure.disclosed(whole, suppression.apply(List.of(new Group("Finance", 6), new Group("Legal", 7))),
						Map.of("Finance", finance, "Legal", legal)));
		sets.addAll(
				Disclosure.disclosed(whole, suppression.apply(List.of(new Group("strategic", 8), new Group("core", 5))),
						Map.of("strategic", strategic, "core", core)));

		assertThat(sets).contains(finance, strategic);
		assertThat(this.disclosure.decide(List.of(), sets)).isEqualTo(Decision.DERIVABLE_WITHIN);
	}

	@Test
	void refusesAWholeThatLeavesFewOverOnceTheGroupsSeenOneAtATimeAreTakenAway() {
		// Finance 1..10 and Legal 11..20 seen one at a time. Finance, Legal and Sales
		// (1..21) differs from each by 11, but less both it is Sales' one response. With
		// Sales' 5 (1..25) it leaves 5.
		List<RespondentSet> seen = List.of(range(1, 10), range(11, 20));

		assertThat(this.disclosure.decide(seen, List.of(range(1, 21)))).isEqualTo(Decision.TOO_FEW_LEFT_OVER);
		assertThat(this.disclosure.decide(seen, List.of(range(1, 25)))).isEqualTo(Decision.SERVE);
	}

	@Test
	void refusesAGroupThatWithOnesSeenLeavesFewOverOfAWholeSeen() {
		// The whole 1..21 and Finance 1..10 seen; Legal 11..20 would leave 21.
		List<RespondentSet> seen = List.of(range(1, 21), range(1, 10));

		assertThat(this.disclosure.decide(seen, List.of(range(11, 20)))).isEqualTo(Decision.TOO_FEW_LEFT_OVER);
	}

	@Test
	void refusesBreakdownsOfOneResultWhereGroupsOfOneLeaveFewOverOfAGroupOfTheOther() {
		// Units 1..6, 7..12, 13..24; tiers strategic 1..14 (two units and 13, 14), core
		// 15..19, transactional 20..24. No two sets differ in fewer than 5, but strategic
		// less the first two units is 13 and 14.
		List<RespondentSet> sets = List.of(range(1, 24), range(1, 6), range(7, 12), range(13, 24), range(1, 14),
				range(15, 19), range(20, 24));
		for (RespondentSet a : sets) {
			for (RespondentSet b : sets) {
				assertThat(this.disclosure.tooClose(a, b)).isFalse();
			}
		}

		assertThat(this.disclosure.decide(List.of(), sets)).isEqualTo(Decision.TOO_FEW_LEFT_OVER);
	}

	@Test
	void doesNotCatchTheIntersectionOfTwoOverlappingSetsGivenAwayByTheirUnion() {
		// A known limit. Units 1..10, 11..12 and 13..22. Units one and two (1..12), two
		// and three (11..22) and all three (1..22) differ pairwise by 20, 10 and 10, and
		// nothing is left over inside all three, yet (1..12) + (11..22) - (1..22) gives
		// unit two's 2 responses.
		List<RespondentSet> seen = List.of(range(1, 12), range(11, 22));

		assertThat(this.disclosure.decide(seen, List.of(range(1, 22)))).isEqualTo(Decision.SERVE);
	}

	@Test
	void refusesKBelowThree() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Disclosure(2)).withMessageContaining("at least 3");
		assertThat(new Disclosure(3).k()).isEqualTo(3);
	}

	static RespondentSet range(long first, long last) {
		return RespondentSet.ofSorted(LongStream.rangeClosed(first, last).toArray());
	}

}
