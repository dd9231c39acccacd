package org.rapport.commitments;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a commitment stands. Open and renegotiated commitments are pending; the others
 * are closed and stay as they are.
 */
public enum CommitmentState {

	OPEN, KEPT, BROKEN, RENEGOTIATED, CANCELLED;

	private static final Set<CommitmentState> PENDING = EnumSet.of(OPEN, RENEGOTIATED);

	public boolean pending() {
		return PENDING.contains(this);
	}

	/**
	 * Whether a commitment in this state may move to another: only pending commitments
	 * move, and never back to open.
	 * @param to the state asked for
	 * @return {@code true} when the transition is allowed
	 */
	public boolean allows(CommitmentState to) {
		return pending() && to != OPEN;
	}

}
