package org.rapport.health;

import java.time.LocalDate;

/**
 * Something about a relationship that asks its owner to act.
 *
 * @param type what the alert is about
 * @param relationshipId the relationship
 * @param relationshipName the relationship as people name it: counterpart and IT group
 * @param ownerId the relationship's owner
 * @param ownerName the owner's name
 * @param message what is wrong and what to do
 * @param raisedOn since when the alert stands
 */
public record Alert(AlertType type, long relationshipId, String relationshipName, long ownerId, String ownerName,
		String message, LocalDate raisedOn) {
}
