package org.rapport.development;

/**
 * How many of a set of people in IT a measure counts.
 *
 * @param measure what is counted
 * @param count how many people it counts
 * @param percent their share of the people, to one decimal; {@code null} when there are
 * none
 */
public record CoverageShare(CoverageMeasure measure, int count, Double percent) {
}
