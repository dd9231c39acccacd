package org.rapport.commitments;

import java.time.LocalDate;

/**
 * The object mother of commitments: one made on a relationship in one call, as whoever
 * the test runs as (the relationship's owner, or {@code SignedIn.asSystem} for set-up),
 * so that the module's checks apply as they would to that user.
 */
public final class CommitmentFixtures {

	private final CommitmentManagement commitments;

	public CommitmentFixtures(CommitmentManagement commitments) {
		this.commitments = commitments;
	}

	/**
	 * Makes a commitment that no touchpoint gave rise to.
	 * @param relationshipId the relationship
	 * @param description what was promised
	 * @param ownerId who keeps it, someone in IT
	 * @param dueOn when it is due
	 * @return the open commitment
	 */
	public CommitmentSummary make(long relationshipId, String description, long ownerId, LocalDate dueOn) {
		return this.commitments.make(relationshipId, promise(description, ownerId, dueOn));
	}

	/**
	 * The draft of a commitment that no touchpoint gave rise to.
	 * @param description what was promised
	 * @param ownerId who keeps it
	 * @param dueOn when it is due
	 * @return the draft
	 */
	public static CommitmentDraft promise(String description, long ownerId, LocalDate dueOn) {
		return new CommitmentDraft(description, ownerId, dueOn, null);
	}

}
