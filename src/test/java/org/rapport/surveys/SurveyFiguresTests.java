package org.rapport.surveys;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rapport.surveys.SurveyFigures.Mean;
import org.rapport.surveys.SurveyFigures.MirrorGap;
import org.rapport.surveys.SurveyFigures.Nps;
import org.rapport.surveys.SurveyFigures.Servqual;
import org.rapport.surveys.SurveyFigures.ServqualAnswer;
import org.rapport.surveys.SurveyFigures.ServqualGaps;
import org.rapport.surveys.SurveyFigures.ServqualItem;
import org.rapport.surveys.SurveyFigures.Trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Survey figures against cases worked out by hand.
 */
class SurveyFiguresTests {

	static final ServqualItem R1 = new ServqualItem("r1", ServqualDimension.RELIABILITY);

	static final ServqualItem R2 = new ServqualItem("r2", ServqualDimension.RELIABILITY);

	static final ServqualItem E1 = new ServqualItem("e1", ServqualDimension.EMPATHY);

	@Test
	void npsIsThePercentageOfPromotersLessThatOfDetractors() {
		// Promoters 10, 9, 9, 10: 4 of 8 = 50%. Passives 8, 7. Detractors 6, 0: 2 of 8 =
		// 25%. 50 - 25 = 25.
		Nps nps = SurveyFigures.nps(List.of(10, 9, 9, 8, 7, 6, 0, 10)).orElseThrow();

		assertThat(nps).isEqualTo(new Nps(25, 4, 2, 2));
		assertThat(nps.answers()).isEqualTo(8);
	}

	@Test
	void npsRoundsHalvesAwayFromZero() {
		// 1 promoter, 7 passives: 12.5 -> 13. 1 detractor, 7 passives: -12.5 -> -13.
		// 1 promoter of 3: 33.3 -> 33; 2 of 3: 66.7 -> 67.
		assertThat(SurveyFigures.nps(List.of(10, 8, 8, 8, 8, 8, 8, 8))).map(Nps::score).hasValue(13);
		assertThat(SurveyFigures.nps(List.of(0, 8, 8, 8, 8, 8, 8, 8))).map(Nps::score).hasValue(-13);
		assertThat(SurveyFigures.nps(List.of(10, 8, 8))).map(Nps::score).hasValue(33);
		assertThat(SurveyFigures.nps(List.of(10, 9, 8))).map(Nps::score).hasValue(67);
		assertThat(SurveyFigures.nps(List.of(6, 5, 0))).map(Nps::score).hasValue(-100);
		assertThat(SurveyFigures.nps(List.of(9, 10))).map(Nps::score).hasValue(100);
		assertThat(SurveyFigures.nps(List.of(7, 8))).map(Nps::score).hasValue(0);
	}

	@Test
	void npsOfNoAnswersIsNone() {
		assertThat(SurveyFigures.nps(List.of())).isEmpty();
	}

	@Test
	void npsRefusesScoresOutsideZeroToTen() {
		assertThatIllegalArgumentException().isThrownBy(() -> SurveyFigures.nps(List.of(10, 11)));
		assertThatIllegalArgumentException().isThrownBy(() -> SurveyFigures.nps(List.of(-1)));
	}

	@Test
	void servqualGapsLeaveOutAnswersThatDesireLessThanTheirMinimum() {
		// r1: (min 5, desired 8, perceived 6) adequacy 1, superiority -2
		// r1: (4, 7, 7) adequacy 3, superiority 0
		// r1: (7, 5, 9) desired below minimum: inconsistent, left out
		// r2: (6, 9, 5) adequacy -1, superiority -4
		// e1: (3, 6, 8) adequacy 5, superiority 2
		Servqual servqual = SurveyFigures
			.servqual(List.of(new ServqualAnswer(R1, 5, 8, 6), new ServqualAnswer(R1, 4, 7, 7),
					new ServqualAnswer(R1, 7, 5, 9), new ServqualAnswer(R2, 6, 9, 5), new ServqualAnswer(E1, 3, 6, 8)));

		// r1: minimum (5 + 4) / 2 = 4.5, desired 7.5, perceived 6.5; adequacy 2,
		// superiority -1.
		assertThat(servqual.items().get(R1)).isEqualTo(new ServqualGaps(2, 1, 4.5, 7.5, 6.5, 2.0, -1.0));
		assertThat(servqual.items().get(R2)).isEqualTo(new ServqualGaps(1, 0, 6.0, 9.0, 5.0, -1.0, -4.0));
		assertThat(servqual.items().keySet()).containsExactly(R1, R2, E1);
		// Reliability over its 3 consistent answers, not over its 2 item means (which
		// would give an adequacy of (2 - 1) / 2 = 0.5): minimum (5 + 4 + 6) / 3 = 5,
		// desired (8 + 7 + 9) / 3 = 8, perceived (6 + 7 + 5) / 3 = 6; gaps 1 and -2.
		assertThat(servqual.dimensions().get(ServqualDimension.RELIABILITY))
			.isEqualTo(new ServqualGaps(3, 1, 5.0, 8.0, 6.0, 1.0, -2.0));
		assertThat(servqual.dimensions().get(ServqualDimension.EMPATHY))
			.isEqualTo(new ServqualGaps(1, 0, 3.0, 6.0, 8.0, 5.0, 2.0));
		assertThat(servqual.dimensions().keySet()).containsExactly(ServqualDimension.RELIABILITY,
				ServqualDimension.EMPATHY);
		// Overall, 4 consistent: minimum 18 / 4 = 4.5, desired 30 / 4 = 7.5, perceived
		// 26 / 4 = 6.5; adequacy 2, superiority -1.
		assertThat(servqual.overall()).isEqualTo(new ServqualGaps(4, 1, 4.5, 7.5, 6.5, 2.0, -1.0));
	}

	@Test
	void servqualAnswerWhoseDesiredEqualsItsMinimumIsConsistent() {
		ServqualAnswer answer = new ServqualAnswer(R1, 6, 6, 4);

		assertThat(answer.consistent()).isTrue();
		assertThat(answer.adequacyGap()).isEqualTo(-2);
		assertThat(answer.superiorityGap()).isEqualTo(-2);
		assertThat(new ServqualAnswer(R1, 6, 5, 4).consistent()).isFalse();
	}

	@Test
	void servqualOfOnlyInconsistentAnswersHasNoMeans() {
		Servqual servqual = SurveyFigures.servqual(List.of(new ServqualAnswer(E1, 8, 2, 5)));

		assertThat(servqual.items().get(E1)).isEqualTo(new ServqualGaps(0, 1, null, null, null, null, null));
		assertThat(servqual.overall().inconsistent()).isEqualTo(1);
		assertThat(servqual.perceived()).isEmpty();
		assertThat(SurveyFigures.servqual(List.of()).overall())
			.isEqualTo(new ServqualGaps(0, 0, null, null, null, null, null));
	}

	@Test
	void servqualRefusesRatingsOutsideOneToNine() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ServqualAnswer(R1, 0, 5, 5));
		assertThatIllegalArgumentException().isThrownBy(() -> new ServqualAnswer(R1, 5, 10, 5));
		assertThatIllegalArgumentException().isThrownBy(() -> new ServqualAnswer(R1, 5, 5, 10));
	}

	@Test
	void mirrorGapIsItsOwnViewLessThePartnersPerceived() {
		// Partners perceive reliability (6 + 7 + 5) / 3 = 6 and empathy 8. IT rates its
		// reliability (8 + 7 + 9) / 3 = 8: +2, better than its partners do; its empathy
		// (5 + 6) / 2 = 5.5: -2.5. Assurance has no partner answers, so no gap.
		Servqual partners = SurveyFigures.servqual(List.of(new ServqualAnswer(R1, 5, 8, 6),
				new ServqualAnswer(R1, 4, 7, 7), new ServqualAnswer(R2, 6, 9, 5), new ServqualAnswer(E1, 3, 6, 8)));
		Map<ServqualDimension, Mean> itSelf = Map.of(ServqualDimension.RELIABILITY,
				SurveyFigures.mean(9, List.of(8, 7, 9)).orElseThrow(), ServqualDimension.EMPATHY,
				SurveyFigures.mean(9, List.of(5, 6)).orElseThrow(), ServqualDimension.ASSURANCE,
				SurveyFigures.mean(9, List.of(7)).orElseThrow());

		Map<ServqualDimension, MirrorGap> gaps = SurveyFigures.mirrorGaps(itSelf, partners.perceived());

		assertThat(gaps.keySet()).containsExactly(ServqualDimension.RELIABILITY, ServqualDimension.EMPATHY);
		assertThat(gaps.get(ServqualDimension.RELIABILITY))
			.isEqualTo(new MirrorGap(new Mean(3, 8.0), new Mean(3, 6.0), 2.0));
		assertThat(gaps.get(ServqualDimension.EMPATHY).gap()).isEqualTo(-2.5);
		assertThat(gaps.get(ServqualDimension.EMPATHY).partners()).isEqualTo(new Mean(1, 8.0));
	}

	@Test
	void trustQuotientIsCredibilityReliabilityAndIntimacyOverSelfOrientation() {
		// C (8 + 6) / 2 = 7, R (9 + 7) / 2 = 8, I (4 + 6) / 2 = 5, S (2 + 4) / 2 = 3:
		// (7 + 8 + 5) / 3 = 6.667.
		Trust trust = SurveyFigures.trust(List.of(8, 6), List.of(9, 7), List.of(4, 6), List.of(2, 4)).orElseThrow();

		assertThat(trust.credibility()).isEqualTo(new Mean(2, 7.0));
		assertThat(trust.selfOrientation()).isEqualTo(new Mean(2, 3.0));
		assertThat(trust.quotient()).isCloseTo(20 / 3.0, within(1e-12));
	}

	@Test
	void trustQuotientRunsFromThreeTenthsToThirty() {
		// All 1 with S 10: 3 / 10. All 10 with S 1: 30 / 1.
		assertThat(SurveyFigures.trust(List.of(1), List.of(1), List.of(1), List.of(10)))
			.hasValueSatisfying((trust) -> assertThat(trust.quotient()).isCloseTo(0.3, within(1e-12)));
		assertThat(SurveyFigures.trust(List.of(10), List.of(10), List.of(10), List.of(1)))
			.hasValueSatisfying((trust) -> assertThat(trust.quotient()).isEqualTo(30.0));
	}

	@Test
	void trustQuotientNeedsEveryComponentAndRefusesASelfOrientationOfZero() {
		assertThat(SurveyFigures.trust(List.of(8), List.of(9), List.of(4), List.of())).isEmpty();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SurveyFigures.trust(List.of(8), List.of(9), List.of(4), List.of(0)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SurveyFigures.trust(List.of(11), List.of(9), List.of(4), List.of(2)));
	}

	@Test
	void meanOfRatingsCountsThem() {
		// (4 + 5 + 3 + 4) / 4 = 4.
		assertThat(SurveyFigures.mean(5, List.of(4, 5, 3, 4))).hasValue(new Mean(4, 4.0));
		assertThat(SurveyFigures.mean(5, List.of(1, 2))).hasValue(new Mean(2, 1.5));
		assertThat(SurveyFigures.mean(5, List.of())).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> SurveyFigures.mean(5, List.of(6)));
		assertThatIllegalArgumentException().isThrownBy(() -> SurveyFigures.mean(5, List.of(0)));
		assertThatIllegalArgumentException().isThrownBy(() -> SurveyFigures.mean(1, List.of(1)));
	}

}
