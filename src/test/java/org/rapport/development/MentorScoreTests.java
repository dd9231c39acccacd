package org.rapport.development;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mentor score against cases worked out by hand: 10 points for each stated goal the
 * mentor offers, 6 for each gap from 360s and partner feedback, 5 for a mentor the mentee
 * asked for; refused for oneself, the reporting line and a mentor the mentee avoids.
 */
class MentorScoreTests {

	static final long ADA = 1;

	static final long BEN = 2;

	static final long BOSS = 3;

	static final long TOP = 4;

	@Test
	void aGoalAlsoShownAsAGapCountsTwiceAndAGapAloneCountsLess() {
		// Goals empathy and active listening; gaps empathy and influence. Ben offers
		// empathy, influence and reliability: empathy 10 + 6, influence 6 = 22.
		MentorScore.Mentee ada = mentee(ADA, List.of("active-listening", "empathy"), Set.of("empathy", "influence"),
				Set.of(), Set.of(), Set.of(BOSS, TOP));
		MentorScore.Mentor ben = mentor(BEN, Set.of("empathy", "influence", "reliability"), Set.of(TOP));

		MentorScore.Fit fit = MentorScore.fit(ada, ben);

		assertThat(fit.points()).isEqualTo(22);
		assertThat(MentorScore.points(ada, ben)).isEqualTo(22);
		assertThat(fit.shared()).containsExactly("empathy", "influence");
		assertThat(fit.preferred()).isFalse();
		assertThat(fit.proposable()).isTrue();
	}

	@Test
	void aPreferredMentorAddsFivePointsAndIsWorthProposingWithNothingShared() {
		// Goal clear communication; Ben offers collaboration only: 0 shared, + 5 asked
		// for.
		MentorScore.Mentee ada = mentee(ADA, List.of("clear-communication"), Set.of(), Set.of(BEN), Set.of(), Set.of());
		MentorScore.Mentor ben = mentor(BEN, Set.of("collaboration"), Set.of());

		assertThat(MentorScore.points(ada, ben)).isEqualTo(5);
		assertThat(MentorScore.fit(ada, ben).shared()).isEmpty();
		assertThat(MentorScore.fit(ada, ben).preferred()).isTrue();

		// Goal clear communication and reliability; Ben offers reliability: 10 + 5 = 15.
		MentorScore.Mentee asking = mentee(ADA, List.of("clear-communication", "reliability"), Set.of(), Set.of(BEN),
				Set.of(), Set.of());
		assertThat(MentorScore.points(asking, mentor(BEN, Set.of("reliability"), Set.of()))).isEqualTo(15);
	}

	@Test
	void aMentorWhoSharesNothingIsNotProposedButMayBePairedByHand() {
		MentorScore.Mentee ada = mentee(ADA, List.of("empathy"), Set.of(), Set.of(), Set.of(), Set.of());
		MentorScore.Mentor ben = mentor(BEN, Set.of("reliability"), Set.of());

		assertThat(MentorScore.points(ada, ben)).isEqualTo(MentorScore.NOT_PROPOSED);
		MentorScore.Fit fit = MentorScore.fit(ada, ben);
		assertThat(fit.points()).isZero();
		assertThat(fit.refusal()).isNull();
		assertThat(fit.proposable()).isFalse();
	}

	@Test
	void aMentorInTheReportingLineIsRefusedEitherWayUpOrDown() {
		// Ada reports to Boss, who reports to Top: neither may mentor her, though both
		// offer her goal.
		MentorScore.Mentee ada = mentee(ADA, List.of("empathy"), Set.of(), Set.of(TOP), Set.of(), Set.of(BOSS, TOP));
		assertThat(MentorScore.fit(ada, mentor(BOSS, Set.of("empathy"), Set.of(TOP))).refusal())
			.isEqualTo(MentorScore.Refusal.REPORTING_LINE);
		assertThat(MentorScore.points(ada, mentor(TOP, Set.of("empathy"), Set.of())))
			.isEqualTo(MentorScore.NOT_PROPOSED);

		// Nor may Ada mentor Boss's mentee when she is above them.
		MentorScore.Mentee junior = mentee(BEN, List.of("empathy"), Set.of(), Set.of(), Set.of(), Set.of(ADA, BOSS));
		assertThat(MentorScore.refusal(junior, mentor(ADA, Set.of("empathy"), Set.of(BOSS))))
			.isEqualTo(MentorScore.Refusal.REPORTING_LINE);
		// A colleague beside her in the same chain is fine: 10.
		assertThat(MentorScore.points(ada, mentor(BEN, Set.of("empathy"), Set.of(BOSS, TOP)))).isEqualTo(10);
	}

	@Test
	void oneselfAndAnAvoidedMentorAreRefusedWhateverTheyOffer() {
		MentorScore.Mentee ada = mentee(ADA, List.of("empathy"), Set.of("empathy"), Set.of(), Set.of(BEN), Set.of());

		assertThat(MentorScore.fit(ada, mentor(ADA, Set.of("empathy"), Set.of())).refusal())
			.isEqualTo(MentorScore.Refusal.SELF);
		MentorScore.Fit avoided = MentorScore.fit(ada, mentor(BEN, Set.of("empathy"), Set.of()));
		assertThat(avoided.refusal()).isEqualTo(MentorScore.Refusal.AVOIDED);
		assertThat(avoided.points()).isEqualTo(MentorScore.NOT_PROPOSED);
		assertThat(avoided.shared()).containsExactly("empathy");
	}

	private static MentorScore.Mentee mentee(long id, List<String> goals, Set<String> gaps, Set<Long> preferred,
			Set<Long> avoided, Set<Long> managers) {
		return new MentorScore.Mentee(id, new LinkedHashSet<>(goals), gaps, preferred, avoided, managers);
	}

	private static MentorScore.Mentor mentor(long id, Set<String> strengths, Set<Long> managers) {
		return new MentorScore.Mentor(id, strengths, managers);
	}

}
