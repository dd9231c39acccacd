package org.rapport.surveys;

import java.time.LocalDate;
import java.util.List;

/**
 * A closed campaign measured how a relationship's partners perceive IT: published once
 * per relationship whose responses reach the campaign's minimum, when the campaign
 * closes, so that the measure never moves response by response.
 *
 * @param relationshipId the relationship
 * @param campaignId the campaign
 * @param score the perception from 0 to 100: the recommendation score (NPS) moved onto 0
 * to 100, or the mean perceived service quality on its 1 to 9 scale moved onto 0 to 100
 * @param nps the recommendation score from -100 to 100, {@code null} when the template
 * has no recommendation question
 * @param responses how many responses it stands on
 * @param measuredOn the day the campaign closed, or the last day of the responses of one
 * recorded from an import
 * @param comments what the partners wrote, where the campaign's minimum for comments lets
 * them be read; empty otherwise
 */
public record PerceptionMeasured(long relationshipId, long campaignId, int score, Integer nps, long responses,
		LocalDate measuredOn, List<String> comments) {

	public PerceptionMeasured {
		comments = (comments != null) ? List.copyOf(comments) : List.of();
	}

}
