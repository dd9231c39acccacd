package org.rapport.development;

/**
 * The coverage of an IT group with the groups below it, today and at the end of the
 * quarter before.
 *
 * @param groupId the IT group
 * @param name its name
 * @param parentId the IT group it is part of, {@code null} at the top
 * @param depth how many IT groups it sits below, for indenting
 * @param now its coverage today
 * @param before its coverage at the end of the last quarter
 */
public record GroupCoverage(long groupId, String name, Long parentId, int depth, CoverageFigures now,
		CoverageFigures before) {

	/**
	 * How a measure's share moved since the end of the last quarter.
	 * @param measure the measure
	 * @return the change in percentage points, {@code null} when either side has no
	 * people
	 */
	public Double change(CoverageMeasure measure) {
		Double now = this.now.share(measure).percent();
		Double before = this.before.share(measure).percent();
		return (now != null && before != null) ? Math.round((now - before) * 10) / 10.0 : null;
	}

}
