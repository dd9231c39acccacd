package org.rapport.commitments;

/**
 * How reliably IT keeps its promises in a relationship: commitments kept on time over
 * those that fell due in a rolling window.
 *
 * @param due commitments that fell due in the window
 * @param keptOnTime of those, the ones kept by their due date
 * @param windowDays how far back the window reaches
 */
public record Reliability(int due, int keptOnTime, int windowDays) {

	/**
	 * Kept on time over due, 0 to 1, or {@code null} when nothing fell due.
	 * @return the ratio
	 */
	public Double ratio() {
		return (this.due == 0) ? null : (double) this.keptOnTime / this.due;
	}

}
