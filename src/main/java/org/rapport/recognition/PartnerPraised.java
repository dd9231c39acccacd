package org.rapport.recognition;

import java.time.LocalDate;
import java.util.List;

/**
 * A partner of IT praised a person in IT or an IT group through the link of a survey.
 *
 * @param kudosId the praise, on the kudos feed
 * @param relationshipId the relationship the partner is on
 * @param recipientId the person praised, {@code null} for a team
 * @param recipientUnitId the IT group praised, {@code null} for a person
 * @param values the relationship values, by key
 * @param givenOn the day
 */
public record PartnerPraised(long kudosId, long relationshipId, Long recipientId, Long recipientUnitId,
		List<String> values, LocalDate givenOn) {
}
