package org.rapport.development;

import java.util.List;

/**
 * The coverage of a set of people in IT as of a day.
 *
 * @param people how many people in IT the set holds
 * @param shares one share for each {@link CoverageMeasure}, in its order
 */
public record CoverageFigures(int people, List<CoverageShare> shares) {

	/**
	 * The share of one measure.
	 * @param measure the measure
	 * @return its share
	 */
	public CoverageShare share(CoverageMeasure measure) {
		return this.shares.get(measure.ordinal());
	}

	static CoverageFigures of(int people, int[] counts) {
		return new CoverageFigures(people,
				java.util.Arrays.stream(CoverageMeasure.values())
					.map((measure) -> new CoverageShare(measure, counts[measure.ordinal()],
							(people > 0) ? Math.round(counts[measure.ordinal()] * 1000.0 / people) / 10.0 : null))
					.toList());
	}

}
