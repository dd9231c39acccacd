package org.rapport.surveys;

/**
 * A response was recorded. It names the campaign and the relationship the invitation
 * concerned, never who answered.
 *
 * @param campaignId the campaign
 * @param relationshipId the relationship, {@code null} when the invitation concerned none
 */
public record SurveyAnswered(long campaignId, Long relationshipId) {
}
