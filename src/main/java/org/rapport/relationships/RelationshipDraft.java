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
 * @param version for a change, the version of the relationship it was made over; a
 * relationship changed since refuses it. {@code null} when the caller does not say
 */
public record RelationshipDraft(@NotNull Long itGroupId, @NotNull Long counterpartId, @NotNull Long ownerId,
		@NotNull Tier tier, List<Long> participantIds, Long version) {

	public RelationshipDraft {
		participantIds = (participantIds != null) ? List.copyOf(participantIds) : List.of();
	}

	public RelationshipDraft(Long itGroupId, Long counterpartId, Long ownerId, Tier tier, List<Long> participantIds) {
		this(itGroupId, counterpartId, ownerId, tier, participantIds, null);
	}

	/**
	 * The same draft made over a given version.
	 * @param version the version, or {@code null}
	 * @return the draft
	 */
	public RelationshipDraft over(Long version) {
		return new RelationshipDraft(this.itGroupId, this.counterpartId, this.ownerId, this.tier, this.participantIds,
				version);
	}

}
