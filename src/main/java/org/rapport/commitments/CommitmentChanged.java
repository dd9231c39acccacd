package org.rapport.commitments;

import org.rapport.shared.AuditableEvent;

/**
 * A commitment was made or changed state.
 *
 * @param commitmentId the commitment
 * @param relationshipId its relationship
 * @param state the state it is in now
 * @param actor who did it
 * @param detail a description
 */
public record CommitmentChanged(long commitmentId, long relationshipId, CommitmentState state, String actor,
		String detail) implements AuditableEvent {

	@Override
	public String action() {
		return "COMMITMENT_" + this.state;
	}

	@Override
	public String target() {
		return "commitment:" + this.commitmentId;
	}

}
