package org.rapport.development;

import java.time.LocalDate;
import java.util.List;

/**
 * How much of IT does relationship management and develops for it: overall, quarter by
 * quarter, and per IT group.
 *
 * @param asOf today
 * @param overall all of IT today
 * @param trend all of IT at the end of each of the last four quarters, oldest first, then
 * today
 * @param groups each IT group the caller may see, with the groups below it, in the order
 * of the tree
 */
public record CoverageReport(LocalDate asOf, CoverageFigures overall, List<CoveragePoint> trend,
		List<GroupCoverage> groups) {
}
