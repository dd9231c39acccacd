package org.rapport.development;

import java.util.List;
import java.util.Map;

/**
 * A closed 360's report: per competency the person's own view beside the others', and
 * where they differ by a level or more. Peers', partners' and direct reports' results
 * show only where at least their group's threshold rated the competency, and their
 * comments only from the comment threshold; the manager is always attributed.
 *
 * @param roundId the round
 * @param subjectName whose 360 it is
 * @param groups who answered, per group, and whether the group's results show
 * @param competencies the results per competency, in the framework's order
 */
public record FeedbackReport(long roundId, String subjectName, List<GroupResult> groups,
		List<CompetencyResult> competencies) {

	/**
	 * The competencies the others rate a level or more below the person's own view.
	 * @return the blind spots
	 */
	public List<CompetencyResult> blindSpots() {
		return this.competencies.stream().filter((result) -> result.finding() == Finding.BLIND_SPOT).toList();
	}

	/**
	 * The competencies the others rate a level or more above the person's own view.
	 * @return the hidden strengths
	 */
	public List<CompetencyResult> hiddenStrengths() {
		return this.competencies.stream().filter((result) -> result.finding() == Finding.HIDDEN_STRENGTH).toList();
	}

	/**
	 * A group of raters in the report.
	 *
	 * @param group the group
	 * @param invited its raters
	 * @param answered how many answered
	 * @param threshold the answers it needs before its results show
	 * @param shown whether its results show on at least one competency
	 */
	public record GroupResult(RaterGroup group, int invited, int answered, int threshold, boolean shown) {

	}

	/**
	 * The results of one competency.
	 *
	 * @param key the competency
	 * @param name its name
	 * @param means the mean level per group whose results show, 1 to 4
	 * @param others the mean of every shown answer but the person's own, {@code null}
	 * when none shows
	 * @param gap the person's own level less the others', {@code null} without both
	 * @param finding a blind spot, a hidden strength, or agreement
	 * @param comments the comments that show, per group
	 */
	public record CompetencyResult(String key, String name, Map<RaterGroup, Double> means, Double others, Double gap,
			Finding finding, Map<RaterGroup, List<String>> comments) {

		/**
		 * The person's own level.
		 * @return it, {@code null} when they did not rate this competency
		 */
		public Double self() {
			return this.means.get(RaterGroup.SELF);
		}

	}

	/**
	 * How the person's own view compares with the others'.
	 */
	public enum Finding {

		/** The others rate it a level or more below the person's own view. */
		BLIND_SPOT,
		/** The others rate it a level or more above the person's own view. */
		HIDDEN_STRENGTH,
		/** Within a level, or not enough answers to compare. */
		AGREED

	}

}
