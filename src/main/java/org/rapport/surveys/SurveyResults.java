package org.rapport.surveys;

import java.util.List;
import java.util.Map;

/**
 * A campaign's results, whole and by group, with the anonymity rules applied: in an
 * anonymous pulse the whole and each group carry figures only when they hold at least the
 * campaign's minimum of responses (and a sibling is held back with a small group, so that
 * no small group can be worked out by subtraction), and comments only above their own
 * minimum. A suppressed part says so and carries no figures; its counts still show.
 *
 * @param campaignId the campaign
 * @param channel attributed review or anonymous pulse
 * @param groupBy how the groups are made: {@code relationship}, {@code unit},
 * {@code segment}, {@code owner} (the relationship's owner in IT), {@code itGroup} (the
 * IT group accountable for it) or {@code none}
 * @param minimumResponses the campaign's minimum for figures
 * @param commentMinimum the campaign's minimum for comments
 * @param invitations how many were invited (within the filter)
 * @param responses how many answered (within the filter)
 * @param suppressed whether the whole carries no figures
 * @param figures the whole's figures, {@code null} when suppressed
 * @param groups the groups
 * @param respondents each respondent's answers in an attributed review, where IT sees
 * names; always empty for an anonymous pulse
 */
public record SurveyResults(long campaignId, Channel channel, String groupBy, int minimumResponses, int commentMinimum,
		long invitations, long responses, boolean suppressed, Figures figures, List<Group> groups,
		List<Respondent> respondents) {

	/**
	 * Shorthand for the whole's recommendation score.
	 * @return the NPS figure, {@code null} when suppressed or without answers
	 */
	public Nps nps() {
		return (this.figures != null) ? this.figures.nps() : null;
	}

	/**
	 * One respondent of an attributed review.
	 *
	 * @param name who answered
	 * @param counterpart the business unit or vendor of the relationship the invitation
	 * concerned
	 * @param submittedOn the day they answered
	 * @param score their recommendation score, {@code null} when not asked
	 * @param comments their comments
	 */
	public record Respondent(String name, String counterpart, java.time.LocalDate submittedOn, Integer score,
			List<String> comments) {
	}

	/**
	 * One group of a breakdown.
	 *
	 * @param key the group's key: a relationship's or a unit's id, or {@code none}
	 * @param label the group's name
	 * @param invitations how many were invited in it (none for an import's segments,
	 * which have no invitations)
	 * @param responses how many answered in it
	 * @param suppressed whether it carries no figures
	 * @param figures its figures, {@code null} when suppressed
	 */
	public record Group(String key, String label, long invitations, long responses, boolean suppressed,
			Figures figures) {

		/**
		 * Shorthand for the group's recommendation score.
		 * @return the NPS figure, {@code null} when suppressed or without answers
		 */
		public Nps nps() {
			return (this.figures != null) ? this.figures.nps() : null;
		}

	}

	/**
	 * What a set of responses says.
	 *
	 * @param nps the recommendation score, {@code null} without such a question
	 * @param means the mean of each rating and maturity question, by question key
	 * @param dimensions the service quality gaps of each dimension, and of the whole as
	 * {@code OVERALL}
	 * @param ratedDimensions the mean of the rating questions of each dimension they
	 * measure, such as IT's view of its own {@code EMPATHY} in a mirror survey or
	 * {@code CREDIBILITY} in a trust assessment
	 * @param trustQuotient (credibility + reliability + intimacy) / self-orientation for
	 * a trust assessment, {@code null} for other templates
	 * @param comments the comments, {@code null} when fewer responses than the comment
	 * minimum stand behind them
	 */
	public record Figures(Nps nps, Map<String, Mean> means, Map<String, Gaps> dimensions,
			Map<String, Mean> ratedDimensions, Double trustQuotient, List<String> comments) {
	}

	/**
	 * The recommendation score: the share of promoters (9 and 10) less the share of
	 * detractors (0 to 6), in whole points.
	 *
	 * @param score -100 to 100
	 * @param promoters how many gave 9 or 10
	 * @param passives how many gave 7 or 8
	 * @param detractors how many gave 0 to 6
	 */
	public record Nps(int score, int promoters, int passives, int detractors) {
	}

	/**
	 * A mean rating.
	 *
	 * @param count how many ratings
	 * @param value their mean
	 */
	public record Mean(int count, double value) {
	}

	/**
	 * Service quality in one dimension: the mean of each column over the consistent
	 * answers and the two gaps; answers whose desired level is below their minimum are
	 * counted as inconsistent and left out.
	 *
	 * @param consistent answers counted
	 * @param inconsistent answers left out
	 * @param minimum mean minimum acceptable
	 * @param desired mean desired
	 * @param perceived mean perceived
	 * @param adequacyGap perceived less minimum
	 * @param superiorityGap perceived less desired
	 */
	public record Gaps(int consistent, int inconsistent, Double minimum, Double desired, Double perceived,
			Double adequacyGap, Double superiorityGap) {
	}

}
