package org.rapport.surveys;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.rapport.surveys.Disclosure.Decision;
import org.rapport.surveys.Suppression.Group;
import org.rapport.surveys.Suppression.GroupOutcome;
import org.rapport.surveys.Suppression.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Suppression and the differencing guard together, over generated organisations: units of
 * 1 to 20 people, each person in a tier and a location, some of them responding, and one
 * user asking for a run of filtered results broken down by unit, tier and location.
 * Whatever is served, no set of fewer than {@code k} respondents may be had from any two
 * disclosed sets, nor be what the sets inside a disclosed set leave of it. The check of
 * that is written here from scratch, on bit sets, so that it does not lean on the code it
 * checks.
 */
class DisclosurePropertiesTests {

	static final long SEED = 2026_12_01L;

	static final int ORGANISATIONS = 2_000;

	static final int FILTERS = 12;

	static final String[] BREAKDOWNS = { "unit", "tier", "location" };

	@Test
	void nothingServedShowsOrLeavesOverFewerThanKRespondents() {
		Totals totals = simulate(true, ORGANISATIONS);

		assertThat(totals.violations).as("violations, each with the seed of its organisation").isEmpty();
		// Not vacuous: most filters are served, and the guard had work to do.
		assertThat(totals.served).isGreaterThan(ORGANISATIONS * 3);
		assertThat(totals.refused).isGreaterThan(ORGANISATIONS / 10);
	}

	@Test
	void withoutTheGuardSuppressionAloneLetsSmallDifferencesBeDerived() {
		// The first tenth of the same organisations and filters, every result served:
		// the check above would fail, so it is able to.
		Totals totals = simulate(false, ORGANISATIONS / 10);

		assertThat(totals.violations).isNotEmpty();
		assertThat(totals.violated).isGreaterThan(ORGANISATIONS / 100);
	}

	private static Totals simulate(boolean guarded, int organisations) {
		Totals totals = new Totals();
		SplittableRandom seeds = new SplittableRandom(SEED);
		for (int i = 0; i < organisations; i++) {
			long seed = seeds.nextLong();
			try {
				for (String violation : serveFilters(new SplittableRandom(seed), guarded, totals)) {
					totals.violated++;
					if (totals.violations.size() < 20) {
						totals.violations.add("seed " + seed + ", " + violation);
					}
				}
			}
			catch (AssertionError ex) {
				throw new AssertionError("Organisation from seed " + seed + ": " + ex.getMessage(), ex);
			}
		}
		return totals;
	}

	private static List<String> serveFilters(SplittableRandom random, boolean guarded, Totals totals) {
		Organisation organisation = Organisation.generate(random);
		int k = 3 + random.nextInt(4);
		Suppression suppression = new Suppression(k);
		Disclosure disclosure = new Disclosure(k);
		List<RespondentSet> seen = new ArrayList<>();
		List<BitSet> served = new ArrayList<>();
		for (int f = 0; f < FILTERS; f++) {
			BitSet matching = organisation.filter(random);
			RespondentSet whole = organisation.responses(matching);
			List<RespondentSet> sets = new ArrayList<>();
			List<Outcome> outcomes = new ArrayList<>();
			for (int breakdown = 0; breakdown < BREAKDOWNS.length; breakdown++) {
				Map<String, RespondentSet> members = organisation.breakdown(matching, breakdown);
				List<Group> groups = new ArrayList<>();
				members.forEach((key, set) -> groups.add(new Group(key, set.size())));
				Outcome outcome = suppression.apply(whole.size(), groups);
				outcomes.add(outcome);
				sets.addAll(Disclosure.disclosed(whole, outcome, members));
			}
			Decision decision = disclosure.decide(seen, sets);
			if (guarded && !decision.served()) {
				totals.refused++;
				continue;
			}
			totals.served++;
			for (Outcome outcome : outcomes) {
				// Within one result nothing shown or derivable rests on fewer than k.
				assertThat(!outcome.totalShown() || outcome.total() >= k).isTrue();
				for (GroupOutcome group : outcome.groups()) {
					assertThat(!group.shown() || group.count() >= k).as("group %s", group).isTrue();
				}
				assertThat(outcome.derivable()).matches((d) -> d == 0 || d >= k, "derivable 0 or at least k");
			}
			seen.addAll(sets);
			for (RespondentSet set : sets) {
				served.add(organisation.bits(set));
			}
		}
		return check(served, k);
	}

	/**
	 * Every disclosed set has no members or at least k; of any two where one holds the
	 * other, the larger has no more or at least k more; and what the sets inside a set
	 * leave of it is none or at least k.
	 */
	private static List<String> check(List<BitSet> served, int k) {
		List<String> violations = new ArrayList<>();
		List<BitSet> sets = new ArrayList<>(new LinkedHashSet<>(served));
		sets.removeIf(BitSet::isEmpty);
		sets.sort(Comparator.comparingInt(BitSet::cardinality));
		for (int i = 0; i < sets.size(); i++) {
			BitSet a = sets.get(i);
			if (a.cardinality() < k) {
				violations.add("k = " + k + ": disclosed " + a);
			}
			for (int j = i + 1; j < sets.size(); j++) {
				BitSet b = sets.get(j);
				int more = b.cardinality() - a.cardinality();
				if (more >= k) {
					break;
				}
				BitSet outside = (BitSet) a.clone();
				outside.andNot(b);
				if (more > 0 && outside.isEmpty()) {
					violations.add("k = " + k + ": " + b + " less " + a);
				}
			}
		}
		for (BitSet outer : sets) {
			BitSet covered = new BitSet();
			for (BitSet inner : sets) {
				BitSet outside = (BitSet) inner.clone();
				outside.andNot(outer);
				if (outside.isEmpty() && !inner.equals(outer)) {
					covered.or(inner);
				}
			}
			BitSet left = (BitSet) outer.clone();
			left.andNot(covered);
			if (!covered.isEmpty() && left.cardinality() > 0 && left.cardinality() < k) {
				violations.add("k = " + k + ": " + outer + " less the sets inside it, " + covered);
			}
		}
		return violations;
	}

	static final class Totals {

		int served;

		int refused;

		int violated;

		final List<String> violations = new ArrayList<>();

	}

	/**
	 * The respondents of one organisation: their response ids, ascending with gaps, and
	 * each one's unit, tier and location.
	 */
	record Organisation(long[] responseIds, int[][] attributes, int[] values) {

		static Organisation generate(SplittableRandom random) {
			int units = 2 + random.nextInt(5);
			int tiers = 2 + random.nextInt(2);
			int locations = 1 + random.nextInt(3);
			// Tiers belong to a unit's relationship more often than to a person, which
			// nests units inside tiers.
			boolean tierByUnit = random.nextBoolean();
			int[] unitTier = random.ints(units, 0, tiers).toArray();
			double responding = 0.4 + 0.6 * random.nextDouble();
			List<int[]> respondents = new ArrayList<>();
			for (int unit = 0; unit < units; unit++) {
				int people = 1 + random.nextInt(20);
				for (int p = 0; p < people; p++) {
					if (random.nextDouble() < responding) {
						respondents.add(new int[] { unit, tierByUnit ? unitTier[unit] : random.nextInt(tiers),
								random.nextInt(locations) });
					}
				}
			}
			long[] ids = new long[respondents.size()];
			long id = random.nextLong(1_000_000);
			for (int i = 0; i < ids.length; i++) {
				id += 1 + random.nextInt(5);
				ids[i] = id;
			}
			return new Organisation(ids, respondents.toArray(int[][]::new), new int[] { units, tiers, locations });
		}

		/** A filter by some units, and perhaps one tier and one location. */
		BitSet filter(SplittableRandom random) {
			boolean allUnits = random.nextInt(3) == 0;
			BitSet units = new BitSet();
			for (int unit = 0; unit < this.values[0]; unit++) {
				if (allUnits || random.nextInt(3) != 0) {
					units.set(unit);
				}
			}
			int tier = random.nextInt(3) == 0 ? random.nextInt(this.values[1]) : -1;
			int location = random.nextInt(3) == 0 ? random.nextInt(this.values[2]) : -1;
			BitSet matching = new BitSet();
			for (int i = 0; i < this.attributes.length; i++) {
				int[] respondent = this.attributes[i];
				if (units.get(respondent[0]) && (tier < 0 || respondent[1] == tier)
						&& (location < 0 || respondent[2] == location)) {
					matching.set(i);
				}
			}
			return matching;
		}

		RespondentSet responses(BitSet respondents) {
			return RespondentSet.ofSorted(respondents.stream().mapToLong((i) -> this.responseIds[i]).toArray());
		}

		/** Every value of one attribute, with the matching responses that have it. */
		Map<String, RespondentSet> breakdown(BitSet matching, int attribute) {
			Map<String, RespondentSet> groups = new LinkedHashMap<>();
			for (int value = 0; value < this.values[attribute]; value++) {
				BitSet members = new BitSet();
				for (int i = matching.nextSetBit(0); i >= 0; i = matching.nextSetBit(i + 1)) {
					if (this.attributes[i][attribute] == value) {
						members.set(i);
					}
				}
				groups.put(BREAKDOWNS[attribute] + value, responses(members));
			}
			return groups;
		}

		BitSet bits(RespondentSet set) {
			BitSet bits = new BitSet();
			for (long id : set.ids()) {
				bits.set(Arrays.binarySearch(this.responseIds, id));
			}
			return bits;
		}

	}

}
