package org.rapport.accounts;

import java.time.Duration;

/**
 * How long further attempts wait after a number of consecutive failures: not at all for
 * the first few, then a delay that doubles with each further failure up to a cap.
 *
 * @param free failures that cost no delay
 * @param first the delay after the first failure past the free ones
 * @param max the longest delay
 */
record Backoff(int free, Duration first, Duration max) {

	/**
	 * The delay after the given number of consecutive failures.
	 * @param failures the consecutive failures, counting the one just made
	 * @return the delay, zero for none
	 */
	Duration after(int failures) {
		if (failures < this.free) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failures - this.free, 30);
		Duration delay = this.first.multipliedBy(1L << doublings);
		return (delay.compareTo(this.max) > 0) ? this.max : delay;
	}

}
