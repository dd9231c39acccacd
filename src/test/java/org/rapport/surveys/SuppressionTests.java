package org.rapport.surveys;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.rapport.surveys.Suppression.Group;
import org.rapport.surveys.Suppression.GroupOutcome;
import org.rapport.surveys.Suppression.Outcome;
import org.rapport.surveys.Suppression.Visibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Suppression against cases worked out by hand, with {@code k = 5} unless said, and
 * against its rules over many generated breakdowns.
 */
class SuppressionTests {

	final Suppression suppression = new Suppression(5);

	@Test
	void showsTheWholeAndEveryGroupOfAtLeastK() {
		// 12 + 7 + 5 = 24; every group has at least 5.
		Outcome outcome = this.suppression
			.apply(List.of(new Group("Finance", 12), new Group("Legal", 7), new Group("Sales", 5)));

		assertThat(outcome.total()).isEqualTo(24);
		assertThat(outcome.totalShown()).isTrue();
		assertThat(outcome.groups()).extracting(GroupOutcome::visibility)
			.containsExactly(Visibility.SHOWN, Visibility.SHOWN, Visibility.SHOWN);
		assertThat(outcome.derivable()).isZero();
	}

	@Test
	void suppressesTheSmallestShownSiblingWhenTheWholeWouldGiveAwayASmallGroup() {
		// Sales has 3 < 5. The whole 22 less Finance 12 less Legal 7 would be Sales' 3,
		// so the smaller of the two shown, Legal, goes too: 3 + 7 = 10 not shown.
		Outcome outcome = this.suppression
			.apply(List.of(new Group("Finance", 12), new Group("Legal", 7), new Group("Sales", 3)));

		assertThat(outcome.totalShown()).isTrue();
		assertThat(outcome.groups()).extracting(GroupOutcome::visibility)
			.containsExactly(Visibility.SHOWN, Visibility.COMPLEMENTARY, Visibility.TOO_FEW);
		assertThat(outcome.derivable()).isEqualTo(10);
		assertThat(outcome.group("Legal")).hasValueSatisfying((legal) -> {
			assertThat(legal.shown()).isFalse();
			assertThat(legal.suppressed()).isTrue();
		});
	}

	@Test
	void needsNoSiblingWhenTheSuppressedGroupsTogetherReachK() {
		// Legal 3 + Sales 2 = 5 >= 5: subtraction gives the two together, which is
		// enough.
		Outcome outcome = this.suppression
			.apply(List.of(new Group("Finance", 12), new Group("Legal", 3), new Group("Sales", 2)));

		assertThat(outcome.groups()).extracting(GroupOutcome::visibility)
			.containsExactly(Visibility.SHOWN, Visibility.TOO_FEW, Visibility.TOO_FEW);
		assertThat(outcome.derivable()).isEqualTo(5);
	}

	@Test
	void breaksTiesBetweenSiblingsOfEqualSizeByKey() {
		// Sales 1 needs a sibling; HR and Legal both have 7, and HR comes first.
		List<Group> groups = List.of(new Group("Legal", 7), new Group("Finance", 12), new Group("Sales", 1),
				new Group("HR", 7));

		Outcome outcome = this.suppression.apply(groups);

		assertThat(outcome.groups()).extracting(GroupOutcome::key, GroupOutcome::visibility)
			.containsExactly(tuple("Legal", Visibility.SHOWN), tuple("Finance", Visibility.SHOWN),
					tuple("Sales", Visibility.TOO_FEW), tuple("HR", Visibility.COMPLEMENTARY));
		assertThat(outcome.derivable()).isEqualTo(8);
	}

	@Test
	void showsOnlyTheWholeWhenEveryGroupMustGo() {
		// Whole 6 >= 5; Legal 1 is too few, so Finance 5 goes with it and the whole
		// stands alone.
		Outcome outcome = this.suppression.apply(List.of(new Group("Finance", 5), new Group("Legal", 1)));

		assertThat(outcome.totalShown()).isTrue();
		assertThat(outcome.groups()).extracting(GroupOutcome::visibility)
			.containsExactly(Visibility.COMPLEMENTARY, Visibility.TOO_FEW);
		assertThat(outcome.derivable()).isEqualTo(6);
	}

	@Test
	void showsNothingWhenTheWholeHasFewerThanK() {
		// 2 + 2 = 4 < 5.
		Outcome outcome = this.suppression
			.apply(List.of(new Group("Finance", 2), new Group("Legal", 2), new Group("Sales", 0)));

		assertThat(outcome.totalShown()).isFalse();
		assertThat(outcome.groups()).extracting(GroupOutcome::visibility)
			.containsExactly(Visibility.WHOLE_TOO_FEW, Visibility.WHOLE_TOO_FEW, Visibility.NO_RESPONSES);
		assertThat(outcome.derivable()).isZero();
	}

	@Test
	void aGroupWithoutResponsesHasNoFiguresAndProtectsNothing() {
		// Sales 0 is neither shown nor hidden: 12 + 6 = 18 and nothing is derivable.
		Outcome outcome = this.suppression
			.apply(List.of(new Group("Finance", 12), new Group("Legal", 6), new Group("Sales", 0)));

		assertThat(outcome.groups()).extracting(GroupOutcome::visibility)
			.containsExactly(Visibility.SHOWN, Visibility.SHOWN, Visibility.NO_RESPONSES);
		assertThat(outcome.groups().get(2).suppressed()).isFalse();
		assertThat(outcome.derivable()).isZero();
	}

	@Test
	void responsesInNoGroupCountAsNotShown() {
		// 20 responses, 17 in units: the 3 without a unit would be the whole less
		// Finance less Legal, so Legal (8) goes: 3 + 8 = 11 not shown.
		Outcome outcome = this.suppression.apply(20, List.of(new Group("Finance", 9), new Group("Legal", 8)));

		assertThat(outcome.groups()).extracting(GroupOutcome::visibility)
			.containsExactly(Visibility.SHOWN, Visibility.COMPLEMENTARY);
		assertThat(outcome.derivable()).isEqualTo(11);
	}

	@Test
	void commentsHaveTheirOwnThresholdOverTheSameGroups() {
		// Figures with k = 5: all of 12, 7, 6 shown. Comments with 8: Legal 7 and Sales 6
		// are too few, and together 13 >= 8, so Finance's comments and the whole's (25)
		// are shown.
		List<Group> groups = List.of(new Group("Finance", 12), new Group("Legal", 7), new Group("Sales", 6));

		Outcome figures = this.suppression.apply(groups);
		Outcome comments = new Suppression(8).apply(groups);

		assertThat(figures.groups()).allMatch(GroupOutcome::shown);
		assertThat(comments.totalShown()).isTrue();
		assertThat(comments.groups()).extracting(GroupOutcome::visibility)
			.containsExactly(Visibility.SHOWN, Visibility.TOO_FEW, Visibility.TOO_FEW);
	}

	@Test
	void refusesKBelowThree() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Suppression(2)).withMessageContaining("at least 3");
		assertThat(new Suppression(3).k()).isEqualTo(3);
	}

	@Test
	void refusesARepeatedKeyAndGroupsLargerThanTheWhole() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.suppression.apply(List.of(new Group("Finance", 5), new Group("Finance", 6))));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.suppression.apply(10, List.of(new Group("Finance", 6), new Group("Legal", 6))));
		assertThatIllegalArgumentException().isThrownBy(() -> new Group("Finance", -1));
	}

	@Test
	void overManyBreakdownsNothingShownOrDerivableRestsOnFewerThanKAndNothingMoreIsHidden() {
		SplittableRandom seeds = new SplittableRandom(7_2026_12_01L);
		for (int i = 0; i < 10_000; i++) {
			long seed = seeds.nextLong();
			try {
				checkRules(new SplittableRandom(seed));
			}
			catch (AssertionError ex) {
				throw new AssertionError("Breakdown from seed " + seed + ": " + ex.getMessage(), ex);
			}
		}
	}

	private static void checkRules(SplittableRandom random) {
		int k = 3 + random.nextInt(6);
		int size = 1 + random.nextInt(8);
		List<Group> groups = new ArrayList<>();
		int total = 0;
		for (int g = 0; g < size; g++) {
			int count = random.nextInt(4) == 0 ? random.nextInt(k) : random.nextInt(3 * k);
			groups.add(new Group("g" + random.nextInt(1000) + "-" + g, count));
			total += count;
		}
		int unassigned = random.nextInt(3) == 0 ? random.nextInt(k + 2) : 0;
		total += unassigned;

		Outcome outcome = new Suppression(k).apply(total, groups);

		assertThat(outcome.totalShown()).isEqualTo(total >= k);
		int primary = unassigned;
		for (GroupOutcome group : outcome.groups()) {
			switch (group.visibility()) {
				case SHOWN, COMPLEMENTARY -> assertThat(group.count()).isGreaterThanOrEqualTo(k);
				case TOO_FEW -> {
					assertThat(group.count()).isBetween(1, k - 1);
					primary += group.count();
				}
				case WHOLE_TOO_FEW -> assertThat(outcome.totalShown()).isFalse();
				case NO_RESPONSES -> assertThat(group.count()).isZero();
			}
		}
		int derivable = outcome.derivable();
		assertThat(derivable).as("derivable").matches((d) -> d == 0 || d >= k);
		// Complementary suppression takes exactly what is needed: one sibling, the
		// smallest, and only when what is hidden anyway is 1 to k - 1.
		List<GroupOutcome> complementary = outcome.groups()
			.stream()
			.filter((group) -> group.visibility() == Visibility.COMPLEMENTARY)
			.toList();
		if (outcome.totalShown() && primary > 0 && primary < k) {
			assertThat(complementary).hasSize(1);
			GroupOutcome smallest = outcome.groups()
				.stream()
				.filter((group) -> group.count() >= k)
				.min(Comparator.comparingInt(GroupOutcome::count).thenComparing(GroupOutcome::key))
				.orElseThrow();
			assertThat(complementary.get(0)).isEqualTo(smallest);
		}
		else {
			assertThat(complementary).isEmpty();
		}
		// The order groups come in changes nothing.
		List<Group> shuffled = new ArrayList<>(groups);
		Collections.shuffle(shuffled, new Random(random.nextLong()));
		Map<String, Visibility> again = new HashMap<>();
		new Suppression(k).apply(total, shuffled)
			.groups()
			.forEach((group) -> again.put(group.key(), group.visibility()));
		outcome.groups().forEach((group) -> assertThat(again).containsEntry(group.key(), group.visibility()));
	}

}
