package org.rapport.commitments;

import java.time.LocalDate;

/**
 * A commitment as lists and the API show it.
 *
 * @param id the commitment's id
 * @param relationshipId the relationship it was made in
 * @param description what was promised
 * @param ownerId who in IT keeps it
 * @param ownerName that person's name
 * @param dueOn by when, after any renegotiation
 * @param interactionId the touchpoint it was made in, may be {@code null}
 * @param state where it stands
 * @param closedOn the day it was kept, broken or cancelled, may be {@code null}
 * @param overdue whether it is pending past its due date
 * @param keptLate whether it was kept after its due date
 * @param version the version it is at, for changes made over it
 */
public record CommitmentSummary(long id, long relationshipId, String description, long ownerId, String ownerName,
		LocalDate dueOn, Long interactionId, CommitmentState state, LocalDate closedOn, boolean overdue,
		boolean keptLate, long version) {
}
