package org.rapport.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Durations measured for one thing, in nanoseconds, and the figures the benchmark reports
 * from them.
 */
final class Samples {

	private final List<Long> nanos = new ArrayList<>();

	void add(long duration) {
		if (duration < 0) {
			throw new IllegalArgumentException("A duration cannot be negative: " + duration);
		}
		this.nanos.add(duration);
	}

	int size() {
		return this.nanos.size();
	}

	/**
	 * The middle duration; with an even number of samples, the mean of the two middle
	 * ones.
	 * @return the median in milliseconds
	 */
	double medianMillis() {
		long[] sorted = sorted();
		int middle = sorted.length / 2;
		double median = (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
		return median / 1_000_000.0;
	}

	/**
	 * The duration that the given share of samples does not exceed, by the nearest-rank
	 * method, so that the figure is always one that was measured.
	 * @param percent the share, above 0 and at most 100
	 * @return the percentile in milliseconds
	 */
	double percentileMillis(double percent) {
		if (percent <= 0 || percent > 100) {
			throw new IllegalArgumentException("A percentile lies above 0 and at most 100: " + percent);
		}
		long[] sorted = sorted();
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.max(rank, 1) - 1] / 1_000_000.0;
	}

	/**
	 * How many times slower this is than the baseline, median against median.
	 * @param baseline what the same work costs at its physical minimum
	 * @return the ratio
	 */
	double ratioTo(Samples baseline) {
		double base = baseline.medianMillis();
		if (base <= 0) {
			throw new IllegalStateException("The baseline took no measurable time");
		}
		return medianMillis() / base;
	}

	private long[] sorted() {
		if (this.nanos.isEmpty()) {
			throw new IllegalStateException("Nothing was measured");
		}
		long[] sorted = this.nanos.stream().mapToLong(Long::longValue).toArray();
		Arrays.sort(sorted);
		return sorted;
	}

}
