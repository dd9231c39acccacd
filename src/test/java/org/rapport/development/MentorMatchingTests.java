package org.rapport.development;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.rapport.development.MentorMatching.Assignment;
import org.rapport.development.MentorMatching.Solution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.fail;

/**
 * The mentor matching: optimal for the whole programme, never a forbidden pair or an
 * overfull mentor, more people matched before a higher total.
 */
class MentorMatchingTests {

	@Test
	void matchesTheWholeProgrammeBetterThanFirstComeFirstServed() {
		// Mentor 0 takes one mentee, mentor 1 takes two; mentee 1 may not have mentor 1.
		int[][] score = { { 9, 8 }, { 7, -1 }, { 6, 2 } };
		int[] capacity = { 1, 2 };

		// First come, first served: mentee 0 takes mentor 0 (9), mentee 1 then has
		// nobody left it may have, mentee 2 takes mentor 1 (2): two matched, 9 + 2 = 11.
		// The optimum gives mentor 0 to mentee 1, the only mentee with no other choice
		// (7), and both others to mentor 1 (8 + 2): three matched, 7 + 8 + 2 = 17.
		Assignment greedy = firstComeFirstServed(score, capacity);
		assertThat(greedy.mentorOf()).containsExactly(0, -1, 1);
		assertThat(greedy.total()).isEqualTo(11);

		Assignment optimal = MentorMatching.assign(score, capacity);
		assertThat(optimal.mentorOf()).containsExactly(1, 0, 1);
		assertThat(optimal.total()).isEqualTo(17);
	}

	@Test
	void beatsFirstComeFirstServedOnTotalWhenBothMatchEveryone() {
		// Both mentors take one. Greedy: mentee 0 takes mentor 0 (10), mentee 1 is left
		// with mentor 1 (1): 11. Swapped, 9 + 8 = 17.
		int[][] score = { { 10, 9 }, { 8, 1 } };
		int[] capacity = { 1, 1 };

		assertThat(firstComeFirstServed(score, capacity).total()).isEqualTo(11);
		Assignment optimal = MentorMatching.assign(score, capacity);
		assertThat(optimal.mentorOf()).containsExactly(1, 0);
		assertThat(optimal.total()).isEqualTo(17);
	}

	@Test
	void agreesWithExhaustiveSearchOnHundredsOfSmallProgrammes() {
		Random random = new Random(20240611L);
		for (int run = 0; run < 600; run++) {
			int mentees = 1 + random.nextInt(6);
			int mentors = 1 + random.nextInt(4);
			int[] capacity = new int[mentors];
			for (int j = 0; j < mentors; j++) {
				capacity[j] = random.nextInt(3);
			}
			int[][] score = new int[mentees][mentors];
			for (int i = 0; i < mentees; i++) {
				for (int j = 0; j < mentors; j++) {
					score[i][j] = (random.nextInt(5) == 0) ? -1 - random.nextInt(3) : random.nextInt(21);
				}
			}

			Solution solution = MentorMatching.solve(score, capacity);
			Assignment assignment = solution.assignment();
			long[] best = exhaustiveBest(score, capacity, 0, new int[mentors], 0, 0);

			String programme = "run " + run + ": " + Arrays.deepToString(score) + " capacity "
					+ Arrays.toString(capacity);
			assertFeasible(score, capacity, assignment);
			assertThat(matched(assignment)).as(programme).isEqualTo(best[0]);
			assertThat(assignment.total()).as(programme).isEqualTo(best[1]);
			assertProvenOptimal(score, capacity, solution);
		}
	}

	@Test
	void neverChoosesAForbiddenPairEvenIfThatLeavesAMenteeUnmatched() {
		int[][] score = { { -5, -1 }, { 7, 0 }, { -1, 3 } };
		int[] capacity = { 2, 2 };

		Assignment assignment = MentorMatching.assign(score, capacity);

		assertThat(assignment.mentorOf()).containsExactly(-1, 0, 1);
		assertThat(assignment.total()).isEqualTo(10);
	}

	@Test
	void givesNobodyToAMentorWithoutCapacity() {
		int[][] score = { { 100, 1 }, { 100, 2 } };
		int[] capacity = { 0, 2 };

		Assignment assignment = MentorMatching.assign(score, capacity);

		assertThat(assignment.mentorOf()).containsExactly(1, 1);
		assertThat(assignment.total()).isEqualTo(3);
	}

	@Test
	void leavesTheLowestScoringMenteesUnmatchedWhenThereAreMoreMenteesThanPlaces() {
		int[][] score = { { 0, 0 }, { 1, 1 }, { 2, 2 }, { 3, 3 }, { 4, 4 } };
		int[] capacity = { 1, 2 };

		Assignment assignment = MentorMatching.assign(score, capacity);

		assertFeasible(score, capacity, assignment);
		assertThat(assignment.mentorOf()[0]).isEqualTo(-1);
		assertThat(assignment.mentorOf()[1]).isEqualTo(-1);
		assertThat(matched(assignment)).isEqualTo(3);
		assertThat(assignment.total()).isEqualTo(2 + 3 + 4);
	}

	@Test
	void prefersMatchingMorePeopleToAHigherTotalWithFewer() {
		// Mentee 1 with mentor 0 alone scores 100; matching both needs mentee 0 there
		// and mentee 1 with mentor 1, only 50 + 0, yet two matched beat one.
		int[][] score = { { 50, -1 }, { 100, 0 } };
		int[] capacity = { 1, 1 };

		Assignment assignment = MentorMatching.assign(score, capacity);

		assertThat(assignment.mentorOf()).containsExactly(0, 1);
		assertThat(assignment.total()).isEqualTo(50);
	}

	@Test
	void leavesEveryoneUnmatchedWithoutMenteesOrMentors() {
		Assignment noMentees = MentorMatching.assign(new int[0][], new int[] { 2, 1 });
		assertThat(noMentees.mentorOf()).isEmpty();
		assertThat(noMentees.total()).isZero();

		Assignment noMentors = MentorMatching.assign(new int[][] { {}, {} }, new int[0]);
		assertThat(noMentors.mentorOf()).containsExactly(-1, -1);
		assertThat(noMentors.total()).isZero();
	}

	@Test
	void refusesInputItCannotMatch() {
		assertThatIllegalArgumentException().isThrownBy(() -> MentorMatching.assign(null, new int[] { 1 }))
			.withMessageContaining("score matrix");
		assertThatIllegalArgumentException().isThrownBy(() -> MentorMatching.assign(new int[][] { { 1 } }, null))
			.withMessageContaining("capacities");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MentorMatching.assign(new int[][] { { 1 }, null }, new int[] { 1 }))
			.withMessageContaining("mentee 1");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MentorMatching.assign(new int[][] { { 1, 2 }, { 3 } }, new int[] { 1, 1 }))
			.withMessageContaining("Mentee 1 has 1 scores but mentee 0 has 2");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MentorMatching.assign(new int[][] { { 1, 2 } }, new int[] { 1 }))
			.withMessageContaining("1 capacities for 2 mentors");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> MentorMatching.assign(new int[][] { { 1, 2 } }, new int[] { 1, -1 }))
			.withMessageContaining("Mentor 1 has capacity -1");
		assertThatIllegalArgumentException().isThrownBy(() -> MentorMatching.assign(new int[0][], new int[] { -2 }))
			.withMessageContaining("Mentor 0 has capacity -2");
	}

	@Test
	void matchesAThousandMenteesToFiveHundredMentorsOptimally() {
		Random random = new Random(42L);
		int mentees = 1000;
		int mentors = 500;
		int[] capacity = new int[mentors];
		List<Integer> places = new ArrayList<>();
		for (int j = 0; j < mentors; j++) {
			capacity[j] = 1 + random.nextInt(3);
			for (int k = 0; k < capacity[j]; k++) {
				places.add(j);
			}
		}
		int[][] score = new int[mentees][mentors];
		for (int i = 0; i < mentees; i++) {
			for (int j = 0; j < mentors; j++) {
				score[i][j] = (random.nextInt(10) == 0) ? -1 : random.nextInt(1001);
			}
		}
		// Dealing the places out once, each to its own mentee, and allowing those pairs
		// guarantees a matching of min(mentees, places) exists despite the forbidden
		// pairs.
		Collections.shuffle(places, random);
		int reachable = Math.min(mentees, places.size());
		for (int i = 0; i < reachable; i++) {
			int j = places.get(i);
			if (score[i][j] < 0) {
				score[i][j] = random.nextInt(1001);
			}
		}

		long start = System.nanoTime();
		Solution solution = MentorMatching.solve(score, capacity);
		long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
		Assignment assignment = solution.assignment();
		Assignment greedy = firstComeFirstServed(score, capacity);
		System.out.println("Matched " + matched(assignment) + " of " + mentees + " mentees to " + mentors + " mentors ("
				+ places.size() + " places) in " + elapsedMillis + " ms, total " + assignment.total()
				+ " where first come, first served matches " + matched(greedy) + " for " + greedy.total());

		assertFeasible(score, capacity, assignment);
		assertThat(matched(assignment)).isEqualTo(reachable);
		assertThat(matched(assignment)).isGreaterThanOrEqualTo(matched(greedy));
		assertThat(assignment.total()).isGreaterThanOrEqualTo(greedy.total());
		assertProvenOptimal(score, capacity, solution);
	}

	private static int matched(Assignment assignment) {
		int matched = 0;
		for (int mentor : assignment.mentorOf()) {
			if (mentor >= 0) {
				matched++;
			}
		}
		return matched;
	}

	private static void assertFeasible(int[][] score, int[] capacity, Assignment assignment) {
		int[] mentorOf = assignment.mentorOf();
		assertThat(mentorOf).hasSize(score.length);
		int[] load = new int[capacity.length];
		long total = 0;
		for (int i = 0; i < mentorOf.length; i++) {
			int j = mentorOf[i];
			if (j == -1) {
				continue;
			}
			assertThat(j).as("mentor of mentee %d", i).isBetween(0, capacity.length - 1);
			assertThat(score[i][j]).as("score of the chosen pair (%d, %d)", i, j).isNotNegative();
			load[j]++;
			total += score[i][j];
		}
		for (int j = 0; j < capacity.length; j++) {
			assertThat(load[j]).as("mentees of mentor %d", j).isLessThanOrEqualTo(capacity[j]);
		}
		assertThat(assignment.total()).isEqualTo(total);
	}

	/**
	 * Checks the dual values that come with the solution: they prove that no assignment
	 * of the same size has a higher total, and a search for an augmenting path proves no
	 * assignment matches more.
	 */
	private static void assertProvenOptimal(int[][] score, int[] capacity, Solution solution) {
		int[] mentorOf = solution.assignment().mentorOf();
		long[] menteeDual = solution.menteeDual();
		long[] mentorDual = solution.mentorDual();
		int[] load = new int[capacity.length];
		for (int j : mentorOf) {
			if (j >= 0) {
				load[j]++;
			}
		}
		for (int i = 0; i < score.length; i++) {
			if (menteeDual[i] < 0 || (mentorOf[i] < 0 && menteeDual[i] != 0)) {
				fail("Mentee %d has dual %d", i, menteeDual[i]);
			}
		}
		for (int j = 0; j < capacity.length; j++) {
			if (mentorDual[j] < 0 || (load[j] < capacity[j] && mentorDual[j] != 0)) {
				fail("Mentor %d with %d of %d has dual %d", j, load[j], capacity[j], mentorDual[j]);
			}
		}
		for (int i = 0; i < score.length; i++) {
			for (int j = 0; j < capacity.length; j++) {
				if (score[i][j] < 0) {
					continue;
				}
				long slack = menteeDual[i] + mentorDual[j] - score[i][j] - solution.matchBonus();
				if (slack < 0 || (mentorOf[i] == j && slack != 0)) {
					fail("Pair (%d, %d) has slack %d", i, j, slack);
				}
			}
		}
		assertThat(augmentingPathExists(score, capacity, mentorOf, load)).as("an augmenting path").isFalse();
	}

	/**
	 * Searches from every unmatched mentee along allowed pairs not chosen, then back from
	 * a mentor to a mentee it has, for a mentor with a free place: by Berge's theorem the
	 * assignment matches the most mentees possible exactly when there is none.
	 */
	private static boolean augmentingPathExists(int[][] score, int[] capacity, int[] mentorOf, int[] load) {
		List<List<Integer>> menteesOf = new ArrayList<>();
		for (int j = 0; j < capacity.length; j++) {
			menteesOf.add(new ArrayList<>());
		}
		ArrayDeque<Integer> queue = new ArrayDeque<>();
		boolean[] seenMentee = new boolean[score.length];
		for (int i = 0; i < score.length; i++) {
			if (mentorOf[i] >= 0) {
				menteesOf.get(mentorOf[i]).add(i);
			}
			else {
				seenMentee[i] = true;
				queue.add(i);
			}
		}
		boolean[] seenMentor = new boolean[capacity.length];
		while (!queue.isEmpty()) {
			int i = queue.poll();
			for (int j = 0; j < capacity.length; j++) {
				if (score[i][j] < 0 || mentorOf[i] == j || seenMentor[j]) {
					continue;
				}
				if (load[j] < capacity[j]) {
					return true;
				}
				seenMentor[j] = true;
				for (int other : menteesOf.get(j)) {
					if (!seenMentee[other]) {
						seenMentee[other] = true;
						queue.add(other);
					}
				}
			}
		}
		return false;
	}

	/** Each mentee in turn takes the best allowed mentor who still has a place. */
	private static Assignment firstComeFirstServed(int[][] score, int[] capacity) {
		int[] left = capacity.clone();
		int[] mentorOf = new int[score.length];
		long total = 0;
		for (int i = 0; i < score.length; i++) {
			mentorOf[i] = -1;
			for (int j = 0; j < capacity.length; j++) {
				if (score[i][j] >= 0 && left[j] > 0 && (mentorOf[i] < 0 || score[i][j] > score[i][mentorOf[i]])) {
					mentorOf[i] = j;
				}
			}
			if (mentorOf[i] >= 0) {
				left[mentorOf[i]]--;
				total += score[i][mentorOf[i]];
			}
		}
		return new Assignment(mentorOf, total);
	}

	/**
	 * Tries every mentor or none for each mentee from {@code mentee} on and returns the
	 * best {matched, total}, more matched first.
	 */
	private static long[] exhaustiveBest(int[][] score, int[] capacity, int mentee, int[] load, long matched,
			long total) {
		if (mentee == score.length) {
			return new long[] { matched, total };
		}
		long[] best = exhaustiveBest(score, capacity, mentee + 1, load, matched, total);
		for (int j = 0; j < capacity.length; j++) {
			if (score[mentee][j] >= 0 && load[j] < capacity[j]) {
				load[j]++;
				long[] candidate = exhaustiveBest(score, capacity, mentee + 1, load, matched + 1,
						total + score[mentee][j]);
				load[j]--;
				if (candidate[0] > best[0] || (candidate[0] == best[0] && candidate[1] > best[1])) {
					best = candidate;
				}
			}
		}
		return best;
	}

}
