package org.rapport.surveys;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The guard against differencing: a result whose respondents differ from those of a
 * result the same user saw recently by fewer than {@code k} is refused, because
 * subtracting one from the other would give the answers of those few.
 * <p>
 * A result is modelled as the sets of responses it discloses ({@link #disclosed}): the
 * whole if it is shown, each shown group, and, when the whole is shown but some of its
 * responses are in no shown group, those responses, which subtraction yields. A new
 * result may be served when
 * <ul>
 * <li>each set it discloses has no responses or at least {@code k},</li>
 * <li>no two of its own sets differ in 1 to {@code k - 1} responses,</li>
 * <li>none of its sets differs from a set the user saw recently in 1 to {@code k - 1}
 * responses, and</li>
 * <li>no set, its own or seen, holds two or more smaller ones (one of them its own) that
 * leave 1 to {@code k - 1} of its responses uncovered.</li>
 * </ul>
 * "Differ" counts the responses in exactly one of the two sets (the symmetric
 * difference), which covers one set lying inside the other. The same set again is
 * allowed: it tells nothing new.
 * <p>
 * With {@code k = 5}: having seen the 40 responses of Finance, a user asking for Finance
 * without its 2 responses from Sydney is refused (they differ in 2); asking for Finance
 * and Legal (40 + 12) is served. Having seen Finance and Legal one at a time, the same
 * user asking for Finance, Legal and Sales, where Sales has 1 response, is refused: the
 * whole less Finance less Legal is that one response.
 * <p>
 * Not every sum is covered. Two overlapping sets together with their union give away
 * their intersection (units one and two, two and three, and all three give unit two), and
 * a set can be compared with the union of others that do not lie inside it. Telling every
 * such combination apart is a problem of linear algebra over all that was served, which
 * this guard does not attempt; offering fixed slices rather than free combinations of
 * filters keeps users from reaching most of them.
 */
final class Disclosure {

	private final int k;

	/**
	 * A guard for figures that need at least {@code k} responses.
	 * @param k the fewest responses a figure may rest on
	 * @throws IllegalArgumentException if {@code k} is below {@value Suppression#FLOOR}
	 */
	Disclosure(int k) {
		if (k < Suppression.FLOOR) {
			throw new IllegalArgumentException("k must be at least " + Suppression.FLOOR + ", not " + k);
		}
		this.k = k;
	}

	int k() {
		return this.k;
	}

	/**
	 * The sets of responses that a whole and one breakdown of it disclose, once
	 * suppressed: the whole if shown, each shown group, and the responses of the whole in
	 * no shown group if there are any. For a result with several breakdowns, join the
	 * sets of each; {@link #decide} treats a set given twice as once.
	 * @param whole the responses of the whole
	 * @param outcome what suppression left to be shown of the whole and its groups
	 * @param members the responses of each group, by key
	 * @return the disclosed sets, the whole first if shown; empty if the whole is not
	 * shown
	 * @throws IllegalArgumentException if the sets do not match the counts of the outcome
	 */
	static List<RespondentSet> disclosed(RespondentSet whole, Suppression.Outcome outcome,
			Map<String, RespondentSet> members) {
		if (whole.size() != outcome.total()) {
			throw new IllegalArgumentException(
					"The whole has " + whole.size() + " responses, the outcome " + outcome.total());
		}
		if (!outcome.totalShown()) {
			return List.of();
		}
		List<RespondentSet> sets = new ArrayList<>();
		sets.add(whole);
		List<RespondentSet> shown = new ArrayList<>();
		for (Suppression.GroupOutcome group : outcome.groups()) {
			RespondentSet set = members.get(group.key());
			int size = (set != null) ? set.size() : 0;
			if (size != group.count()) {
				throw new IllegalArgumentException(
						"Group " + group.key() + " has " + size + " responses, the outcome " + group.count());
			}
			if (group.shown()) {
				shown.add(set);
			}
		}
		sets.addAll(shown);
		RespondentSet derivable = whole.minus(RespondentSet.union(shown));
		if (!derivable.isEmpty()) {
			sets.add(derivable);
		}
		return sets;
	}

	/**
	 * Whether a result may be served to a user, given what the user saw recently.
	 * @param seen the sets disclosed to the user recently
	 * @param disclosed the sets the new result would disclose
	 * @return {@link Decision#SERVE}, or why not
	 */
	Decision decide(Collection<RespondentSet> seen, Collection<RespondentSet> disclosed) {
		List<RespondentSet> sets = new ArrayList<>(new LinkedHashSet<>(disclosed));
		sets.removeIf(RespondentSet::isEmpty);
		for (RespondentSet set : sets) {
			if (set.size() < this.k) {
				return Decision.TOO_FEW;
			}
		}
		for (int i = 0; i < sets.size(); i++) {
			for (int j = i + 1; j < sets.size(); j++) {
				if (tooClose(sets.get(i), sets.get(j))) {
					return Decision.DERIVABLE_WITHIN;
				}
			}
		}
		RespondentSet[] bySize = seen.stream()
			.filter((set) -> !set.isEmpty())
			.sorted(Comparator.comparingInt(RespondentSet::size))
			.toArray(RespondentSet[]::new);
		int[] sizes = Arrays.stream(bySize).mapToInt(RespondentSet::size).toArray();
		for (RespondentSet set : sets) {
			// Sets whose sizes differ by k or more differ in at least k responses.
			for (int i = firstAtLeast(sizes, set.size() - this.k + 1); i < sizes.length
					&& sizes[i] < set.size() + this.k; i++) {
				if (tooClose(set, bySize[i])) {
					return Decision.TOO_CLOSE_TO_SEEN;
				}
			}
		}
		return leavesFewOver(bySize, sets) ? Decision.TOO_FEW_LEFT_OVER : Decision.SERVE;
	}

	/**
	 * Whether a set, new or seen, holds two or more smaller sets, at least one of them
	 * new, that leave 1 to {@code k - 1} of its respondents uncovered. Subtracting
	 * disjoint sets from one that holds them gives what they leave over; with overlapping
	 * sets inside it may not, so this errs on the side of refusing.
	 */
	private boolean leavesFewOver(RespondentSet[] seen, List<RespondentSet> sets) {
		Set<RespondentSet> fresh = new HashSet<>(sets);
		Set<RespondentSet> all = new LinkedHashSet<>(Arrays.asList(seen));
		all.addAll(sets);
		for (RespondentSet outer : all) {
			if (!fresh.contains(outer) && fresh.stream().noneMatch((set) -> holds(outer, set))) {
				// Nothing new inside, so nothing changed since it was served.
				continue;
			}
			List<RespondentSet> inside = all.stream().filter((set) -> holds(outer, set)).toList();
			// With one set inside, the pair was compared above.
			if (inside.size() > 1) {
				int left = outer.size() - RespondentSet.union(inside).size();
				if (left > 0 && left < this.k) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Whether two sets differ in 1 to {@code k - 1} responses, so that subtracting one
	 * from the other's figures would give the answers of fewer than {@code k} people.
	 * @param a a disclosed set
	 * @param b another
	 * @return true if the one may not be disclosed beside the other
	 */
	boolean tooClose(RespondentSet a, RespondentSet b) {
		int difference = a.symmetricDifference(b, this.k);
		return difference > 0 && difference < this.k;
	}

	private static boolean holds(RespondentSet outer, RespondentSet inner) {
		return inner.size() < outer.size() && outer.containsAll(inner);
	}

	private static int firstAtLeast(int[] sorted, int value) {
		int low = 0;
		int high = sorted.length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (sorted[middle] < value) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

	/**
	 * Whether a result may be served, and if not, why.
	 */
	enum Decision {

		/** Nothing in it gives away fewer than {@code k} respondents. */
		SERVE,

		/** It would show a figure of fewer than {@code k} responses. */
		TOO_FEW,

		/** Two of its own figures differ in fewer than {@code k} responses. */
		DERIVABLE_WITHIN,

		/**
		 * One of its figures differs from one the user saw recently in fewer than
		 * {@code k} responses.
		 */
		TOO_CLOSE_TO_SEEN,

		/**
		 * Taking the smaller sets inside one of its figures, or inside one the user saw,
		 * away from it would leave fewer than {@code k} responses.
		 */
		TOO_FEW_LEFT_OVER;

		boolean served() {
			return this == SERVE;
		}

	}

}
