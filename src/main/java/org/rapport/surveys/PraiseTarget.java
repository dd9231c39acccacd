package org.rapport.surveys;

import java.time.LocalDate;

/**
 * Whom a survey link lets its partner praise: the IT side of the relationship the
 * invitation asks about. The same link that opens the survey opens the praise form, and
 * neither tells the other whether it was used.
 *
 * @param relationshipId the relationship
 * @param counterpartId the partner's business unit or vendor
 * @param counterpartName its name
 * @param partnerName the partner the link was sent to
 * @param itGroupId the IT group on the relationship's IT side, the team
 * @param itGroupName its name
 * @param ownerId the relationship's owner in IT
 * @param ownerName the owner's name
 * @param closesOn the last day of the survey the link was sent for
 */
public record PraiseTarget(long relationshipId, long counterpartId, String counterpartName, String partnerName,
		long itGroupId, String itGroupName, long ownerId, String ownerName, LocalDate closesOn) {
}
