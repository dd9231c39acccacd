package org.rapport.development;

import java.time.LocalDate;

/**
 * The coverage of all of IT on one day of its trend.
 *
 * @param label the quarter that ended that day, such as {@code 2026-Q3}, or {@code null}
 * for today
 * @param asOf the day
 * @param figures the coverage then
 */
public record CoveragePoint(String label, LocalDate asOf, CoverageFigures figures) {
}
