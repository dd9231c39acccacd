package org.rapport.relationships;

import java.util.List;

import jakarta.validation.constraints.NotNull;

/**
 * What it takes to establish or change a relationship.
 *
 * @param itGroupId the IT group on IT's side
 * @param counterpartId the business unit, vendor or other IT group on the other side
 * @param ownerId the accountable owner, a person in IT
 * @param tier the relationship's tier
 * @param participantIds other people in IT who take part, optional
 */
public record RelationshipDraft(@NotNull Long itGroupId, @NotNull Long counterpartId, @NotNull Long ownerId,
		@NotNull Tier tier, List<Long> participantIds) {

	public RelationshipDraft {
		participantIds = (participantIds != null) ? List.copyOf(participantIds) : List.of();
	}

}
