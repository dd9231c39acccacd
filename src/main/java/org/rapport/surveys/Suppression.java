package org.rapport.surveys;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which figures of an anonymous result may be shown: the whole, and the groups of one
 * breakdown of it (by business unit, by tier, ...), given the fewest responses a figure
 * may rest on, {@code k}.
 * <ol>
 * <li>The whole is shown only with at least {@code k} responses; otherwise nothing is,
 * not even its groups.</li>
 * <li>A group with 1 to {@code k - 1} responses is suppressed: too few.</li>
 * <li>Whatever is not shown can be had by subtraction, the shown whole minus the shown
 * groups. So while the responses not shown number 1 to {@code k - 1}, the smallest group
 * still shown is suppressed as well (the one with fewest responses, then the first by
 * key), until they number 0 or at least {@code k}.</li>
 * <li>A group with no responses has no figures to show or to hide.</li>
 * </ol>
 * With {@code k = 5} and Finance 12, Legal 7, Sales 3: Sales is suppressed as too few,
 * and since the whole (22) less Finance and Legal would give Sales' 3 responses, Legal,
 * the smaller of the two, is suppressed as well: the 10 responses not shown cannot be
 * told apart.
 * <p>
 * Responses in the whole that belong to none of the groups (people without a business
 * unit, say) count as not shown. The same class serves the threshold for comments:
 * {@code new Suppression(commentsK)} over the same groups says where comments may be
 * shown.
 */
final class Suppression {

	/**
	 * The lowest {@code k} there is: below three, one respondent can read the other's.
	 */
	static final int FLOOR = 3;

	private static final Comparator<GroupOutcome> SMALLEST_FIRST = Comparator.comparingInt(GroupOutcome::count)
		.thenComparing(GroupOutcome::key);

	private final int k;

	/**
	 * Suppression for figures that need at least {@code k} responses.
	 * @param k the fewest responses a figure may rest on
	 * @throws IllegalArgumentException if {@code k} is below {@value #FLOOR}
	 */
	Suppression(int k) {
		if (k < FLOOR) {
			throw new IllegalArgumentException("k must be at least " + FLOOR + ", not " + k);
		}
		this.k = k;
	}

	int k() {
		return this.k;
	}

	/**
	 * What may be shown of groups that make up the whole between them.
	 * @param groups the groups of one breakdown, each key once
	 * @return the outcome, its groups in the order given
	 */
	Outcome apply(List<Group> groups) {
		return apply(groups.stream().mapToInt(Group::count).sum(), groups);
	}

	/**
	 * What may be shown of the whole and of the groups of one breakdown of it.
	 * @param total the responses in the whole
	 * @param groups the groups of one breakdown, each key once, holding no more than the
	 * whole between them
	 * @return the outcome, its groups in the order given
	 * @throws IllegalArgumentException if a key is repeated or the groups hold more than
	 * the whole
	 */
	Outcome apply(int total, List<Group> groups) {
		Set<String> keys = new HashSet<>();
		int inGroups = 0;
		for (Group group : groups) {
			if (!keys.add(group.key())) {
				throw new IllegalArgumentException("Group " + group.key() + " is given twice");
			}
			inGroups += group.count();
		}
		if (inGroups > total) {
			throw new IllegalArgumentException(
					"The groups hold " + inGroups + " responses, more than the " + total + " of the whole");
		}
		boolean totalShown = total >= this.k;
		List<GroupOutcome> outcomes = new ArrayList<>(groups.size());
		int notShown = total - inGroups;
		for (Group group : groups) {
			Visibility visibility;
			if (group.count() == 0) {
				visibility = Visibility.NO_RESPONSES;
			}
			else if (!totalShown) {
				visibility = Visibility.WHOLE_TOO_FEW;
			}
			else if (group.count() < this.k) {
				visibility = Visibility.TOO_FEW;
				notShown += group.count();
			}
			else {
				visibility = Visibility.SHOWN;
			}
			outcomes.add(new GroupOutcome(group.key(), group.count(), visibility));
		}
		if (totalShown) {
			List<GroupOutcome> shown = outcomes.stream()
				.filter(GroupOutcome::shown)
				.sorted(SMALLEST_FIRST)
				.collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
			// The whole has at least k responses, so this ends at the latest when every
			// group is suppressed.
			for (int i = 0; notShown > 0 && notShown < this.k && i < shown.size(); i++) {
				GroupOutcome protector = shown.get(i);
				outcomes.set(outcomes.indexOf(protector),
						new GroupOutcome(protector.key(), protector.count(), Visibility.COMPLEMENTARY));
				notShown += protector.count();
			}
		}
		return new Outcome(total, totalShown, List.copyOf(outcomes));
	}

	/**
	 * One group of a breakdown.
	 *
	 * @param key what tells the group from its siblings, and orders groups of equal size
	 * @param count its responses
	 */
	record Group(String key, int count) {

		Group {
			if (key == null) {
				throw new IllegalArgumentException("A group needs a key");
			}
			if (count < 0) {
				throw new IllegalArgumentException("Group " + key + " has " + count + " responses");
			}
		}

	}

	/**
	 * Whether a group's figures may be shown, and if not, why.
	 */
	enum Visibility {

		/** At least {@code k} responses and nothing to protect. */
		SHOWN,

		/** Fewer than {@code k} responses. */
		TOO_FEW,

		/** Enough responses, but hidden so that a smaller group cannot be derived. */
		COMPLEMENTARY,

		/** The whole has fewer than {@code k} responses, so no group is shown. */
		WHOLE_TOO_FEW,

		/** No responses, so no figures. */
		NO_RESPONSES

	}

	/**
	 * What may be shown of one group.
	 *
	 * @param key the group's key
	 * @param count its responses
	 * @param visibility whether its figures may be shown
	 */
	record GroupOutcome(String key, int count, Visibility visibility) {

		boolean shown() {
			return this.visibility == Visibility.SHOWN;
		}

		/**
		 * Whether the group has responses whose figures are hidden.
		 * @return true for a suppressed group, false for a shown or empty one
		 */
		boolean suppressed() {
			return this.visibility != Visibility.SHOWN && this.visibility != Visibility.NO_RESPONSES;
		}

	}

	/**
	 * What may be shown of a whole and one breakdown of it.
	 *
	 * @param total the responses in the whole
	 * @param totalShown whether the whole's figures may be shown
	 * @param groups each group's outcome, in the order given
	 */
	record Outcome(int total, boolean totalShown, List<GroupOutcome> groups) {

		/**
		 * The responses whose figures could be had by subtracting the shown groups from
		 * the shown whole: 0 or at least {@code k}.
		 * @return the responses in the whole but in no shown group, or 0 if the whole is
		 * not shown
		 */
		int derivable() {
			return this.totalShown
					? this.total - this.groups.stream().filter(GroupOutcome::shown).mapToInt(GroupOutcome::count).sum()
					: 0;
		}

		Optional<GroupOutcome> group(String key) {
			return this.groups.stream().filter((group) -> group.key().equals(key)).findFirst();
		}

	}

}
