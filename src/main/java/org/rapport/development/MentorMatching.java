package org.rapport.development;

import java.util.Arrays;

/**
 * Finds the best assignment of mentees to mentors for a whole mentoring programme: as
 * many mentees as possible get a mentor and, among all ways to match that many, the
 * summed score of the chosen pairs is the highest. It is exact, not greedy: a mentee who
 * asks first never takes a mentor that two others need more.
 * <p>
 * The programme is solved as a min-cost max-flow (source, mentees, mentors with their
 * capacity, sink) by successive shortest augmenting paths with Dijkstra over reduced
 * costs. A pair costs {@code maxScore - score}, which is never negative, so the
 * potentials start at zero; and because every matched mentee pays {@code maxScore} once,
 * among matchings of the same size the cheapest is the one with the highest total. A
 * maximum flow of minimum cost therefore is exactly the lexicographic optimum. Each
 * augmentation matches one more mentee and costs O(mentors² + mentors &times; matched
 * mentees it reaches), so the whole is at most O(min(mentees, capacity) &times; mentors
 * &times; (mentees + mentors)) time after an O(mentees &times; mentors &times; log
 * mentees) sort. Besides the score matrix, which is read, never copied, it keeps one int
 * per allowed pair and O(mentees + mentors) more.
 */
final class MentorMatching {

	private static final long UNREACHED = Long.MAX_VALUE;

	private MentorMatching() {
	}

	/**
	 * Assigns mentees to mentors, maximising first the number of mentees matched and then
	 * the total score of the chosen pairs.
	 * @param score {@code score[i][j]} is the value of pairing mentee {@code i} with
	 * mentor {@code j}; a negative value forbids the pair; every row has one entry per
	 * mentor
	 * @param capacity {@code capacity[j] >= 0} is how many mentees mentor {@code j} may
	 * take; one entry per mentor (any length when there are no mentees)
	 * @return for each mentee its mentor's index or -1, and the total score
	 * @throws IllegalArgumentException if an argument is null, the rows differ in length,
	 * the capacities do not match the mentors, or a capacity is negative
	 */
	static Assignment assign(int[][] score, int[] capacity) {
		return solve(score, capacity).assignment();
	}

	/**
	 * Assigns mentees to mentors as {@link #assign(int[][], int[])} does, and also
	 * returns dual values that prove the total the highest possible for the number
	 * matched.
	 * @param score as for {@link #assign(int[][], int[])}
	 * @param capacity as for {@link #assign(int[][], int[])}
	 * @return the assignment with its proof
	 * @throws IllegalArgumentException as for {@link #assign(int[][], int[])}
	 */
	static Solution solve(int[][] score, int[] capacity) {
		int mentors = validate(score, capacity);
		return new Solver(score, capacity, mentors).solve();
	}

	private static int validate(int[][] score, int[] capacity) {
		if (score == null) {
			throw new IllegalArgumentException("The score matrix must not be null");
		}
		if (capacity == null) {
			throw new IllegalArgumentException("The capacities must not be null");
		}
		int mentors = (score.length > 0 && score[0] != null) ? score[0].length : capacity.length;
		for (int i = 0; i < score.length; i++) {
			if (score[i] == null) {
				throw new IllegalArgumentException("The scores of mentee " + i + " must not be null");
			}
			if (score[i].length != mentors) {
				throw new IllegalArgumentException("Mentee " + i + " has " + score[i].length
						+ " scores but mentee 0 has " + mentors + "; every mentee needs one score per mentor");
			}
		}
		if (score.length > 0 && capacity.length != mentors) {
			throw new IllegalArgumentException(
					"There are " + capacity.length + " capacities for " + mentors + " mentors; each mentor needs one");
		}
		for (int j = 0; j < capacity.length; j++) {
			if (capacity[j] < 0) {
				throw new IllegalArgumentException(
						"Mentor " + j + " has capacity " + capacity[j] + "; a capacity must not be negative");
			}
		}
		return mentors;
	}

	/**
	 * Which mentor each mentee got.
	 *
	 * @param mentorOf for each mentee the index of its mentor, or -1 when unmatched
	 * @param total the sum of the scores of the chosen pairs
	 */
	record Assignment(int[] mentorOf, long total) {
	}

	/**
	 * An assignment with the dual values of the linear programme "maximise the sum of
	 * {@code score + matchBonus} over chosen pairs": every value is non-negative,
	 * {@code menteeDual[i] + mentorDual[j] >= score[i][j] + matchBonus} for every allowed
	 * pair with equality for chosen ones, unmatched mentees and mentors below capacity
	 * have zero. By weak duality no assignment of the same size has a higher total.
	 *
	 * @param assignment the optimal assignment
	 * @param menteeDual the dual value of each mentee
	 * @param mentorDual the dual value of each mentor's capacity
	 * @param matchBonus the amount added to every allowed score
	 */
	record Solution(Assignment assignment, long[] menteeDual, long[] mentorDual, long matchBonus) {
	}

	/**
	 * The state of one solve: the residual graph is implicit in {@code mentorOf} and the
	 * mentors' lists of mentees, so no mentor is repeated per place and no cost matrix is
	 * built.
	 */
	private static final class Solver {

		private final int[][] score;

		private final int[] capacity;

		private final int mentees;

		private final int mentors;

		private final long maxScore;

		private final int[] mentorOf;

		/** The mentees of each mentor, in {@code [0, load[j])}. */
		private final int[][] menteesOf;

		private final int[] load;

		/** Where mentee i sits in its mentor's list, so a swap on a path is O(1). */
		private final int[] position;

		private final long[] menteePotential;

		private final long[] mentorPotential;

		private long sinkPotential;

		private final long[] menteeDistance;

		private final long[] mentorDistance;

		private final int[] reachedFrom;

		private final boolean[] settled;

		/**
		 * The mentees allowed to each mentor, highest score first. Unmatched mentees all
		 * sit at distance and potential zero, so the nearest one to a mentor is simply
		 * the best-scoring one still unmatched, and as mentees never become unmatched
		 * again a cursor per mentor finds it in amortised O(1).
		 */
		private final int[][] bestFirst;

		private final int[] firstUnmatched;

		Solver(int[][] score, int[] capacity, int mentors) {
			this.score = score;
			this.capacity = capacity;
			this.mentees = score.length;
			this.mentors = mentors;
			long max = 0;
			for (int[] row : score) {
				for (int value : row) {
					max = Math.max(max, value);
				}
			}
			this.maxScore = max;
			this.mentorOf = new int[this.mentees];
			Arrays.fill(this.mentorOf, -1);
			this.menteesOf = new int[mentors][];
			for (int j = 0; j < mentors; j++) {
				this.menteesOf[j] = new int[Math.min(capacity[j], this.mentees)];
			}
			this.load = new int[mentors];
			this.position = new int[this.mentees];
			this.menteePotential = new long[this.mentees];
			this.mentorPotential = new long[mentors];
			this.menteeDistance = new long[this.mentees];
			this.mentorDistance = new long[mentors];
			this.reachedFrom = new int[mentors];
			this.settled = new boolean[mentors];
			this.bestFirst = new int[mentors][];
			this.firstUnmatched = new int[mentors];
			long[] keys = new long[this.mentees];
			for (int j = 0; j < mentors; j++) {
				int allowed = 0;
				for (int i = 0; i < this.mentees; i++) {
					if (score[i][j] >= 0) {
						keys[allowed++] = ((long) score[i][j] << 32) | i;
					}
				}
				Arrays.sort(keys, 0, allowed);
				int[] order = new int[allowed];
				for (int k = 0; k < allowed; k++) {
					order[k] = (int) keys[allowed - 1 - k];
				}
				this.bestFirst[j] = order;
			}
		}

		Solution solve() {
			int sinkMentor = shortestPath();
			while (sinkMentor >= 0) {
				augment(sinkMentor);
				sinkMentor = shortestPath();
			}
			long total = 0;
			for (int i = 0; i < this.mentees; i++) {
				if (this.mentorOf[i] >= 0) {
					total += this.score[i][this.mentorOf[i]];
				}
			}
			long[] mentorDual = new long[this.mentors];
			for (int j = 0; j < this.mentors; j++) {
				mentorDual[j] = this.sinkPotential - this.mentorPotential[j];
			}
			return new Solution(new Assignment(this.mentorOf, total), this.menteePotential, mentorDual,
					this.sinkPotential - this.maxScore);
		}

		/**
		 * Runs Dijkstra from every unmatched mentee at once (they hang off the source at
		 * distance zero) and moves the potentials on. Returns the mentor with free
		 * capacity where the shortest augmenting path ends, or -1 when the matching is
		 * already maximum.
		 */
		private int shortestPath() {
			Arrays.fill(this.mentorDistance, UNREACHED);
			Arrays.fill(this.settled, false);
			for (int i = 0; i < this.mentees; i++) {
				this.menteeDistance[i] = (this.mentorOf[i] < 0) ? 0 : UNREACHED;
			}
			for (int j = 0; j < this.mentors; j++) {
				int[] order = this.bestFirst[j];
				int k = this.firstUnmatched[j];
				while (k < order.length && this.mentorOf[order[k]] >= 0) {
					k++;
				}
				this.firstUnmatched[j] = k;
				if (k < order.length) {
					int i = order[k];
					this.mentorDistance[j] = cost(i, j) - this.mentorPotential[j];
					this.reachedFrom[j] = i;
				}
			}
			long sinkDistance = UNREACHED;
			int sinkMentor = -1;
			while (true) {
				int next = -1;
				long nearest = UNREACHED;
				for (int j = 0; j < this.mentors; j++) {
					if (!this.settled[j] && this.mentorDistance[j] < nearest) {
						nearest = this.mentorDistance[j];
						next = j;
					}
				}
				if (next < 0 || sinkDistance <= nearest) {
					break;
				}
				this.settled[next] = true;
				if (this.load[next] < this.capacity[next]) {
					long viaNext = nearest + this.mentorPotential[next] - this.sinkPotential;
					if (viaNext < sinkDistance) {
						sinkDistance = viaNext;
						sinkMentor = next;
					}
				}
				// A matched mentee is reached only backwards from its own mentor, so its
				// distance is final the moment that mentor is settled.
				for (int k = 0; k < this.load[next]; k++) {
					int i = this.menteesOf[next][k];
					this.menteeDistance[i] = nearest - cost(i, next) + this.mentorPotential[next]
							- this.menteePotential[i];
					relax(i);
				}
			}
			if (sinkMentor < 0) {
				return -1;
			}
			// Capping at the sink's distance keeps every reduced cost non-negative even
			// though the search stopped early, so the next Dijkstra stays valid.
			for (int i = 0; i < this.mentees; i++) {
				this.menteePotential[i] += Math.min(this.menteeDistance[i], sinkDistance);
			}
			for (int j = 0; j < this.mentors; j++) {
				this.mentorPotential[j] += Math.min(this.mentorDistance[j], sinkDistance);
			}
			this.sinkPotential += sinkDistance;
			return sinkMentor;
		}

		private void relax(int mentee) {
			int[] row = this.score[mentee];
			long base = this.menteeDistance[mentee] + this.menteePotential[mentee] + this.maxScore;
			int current = this.mentorOf[mentee];
			// A settled mentor's distance is final; with non-negative reduced costs no
			// edge
			// into it can shorten it.
			for (int j = 0; j < this.mentors; j++) {
				if (row[j] >= 0 && j != current && !this.settled[j]) {
					long distance = base - row[j] - this.mentorPotential[j];
					if (distance < this.mentorDistance[j]) {
						this.mentorDistance[j] = distance;
						this.reachedFrom[j] = mentee;
					}
				}
			}
		}

		private long cost(int mentee, int mentor) {
			return this.maxScore - this.score[mentee][mentor];
		}

		/**
		 * Walks the path back from its last mentor: each mentee on it moves to the next
		 * mentor and takes the place in that mentor's list of the one who moved on, so
		 * only the last mentor gains a mentee and only the first mentee is newly matched.
		 */
		private void augment(int lastMentor) {
			int mentor = lastMentor;
			int slot = this.load[mentor]++;
			while (true) {
				int mentee = this.reachedFrom[mentor];
				int previous = this.mentorOf[mentee];
				int previousSlot = this.position[mentee];
				this.mentorOf[mentee] = mentor;
				this.menteesOf[mentor][slot] = mentee;
				this.position[mentee] = slot;
				if (previous < 0) {
					return;
				}
				mentor = previous;
				slot = previousSlot;
			}
		}

	}

}
