package org.rapport.notifications;

import java.util.Set;

/**
 * Where an email in the outbox stands.
 */
public enum OutboxState {

	/** Waiting for its turn, or for its next attempt after a transient failure. */
	QUEUED,

	/** Claimed by a node that is talking to the mail server about it now. */
	SENDING,

	/** Accepted by the mail server. */
	SENT,

	/** Refused for good by the mail server, or out of attempts; the reason is kept. */
	FAILED,

	/**
	 * Its node stopped in the middle of sending it: it may or may not have gone out, so
	 * it is not sent again unless an administrator asks.
	 */
	INTERRUPTED,

	/** No mail server was configured when its turn came: what would have been sent. */
	NOT_SENT;

	private static final Set<OutboxState> RESENDABLE = Set.of(FAILED, INTERRUPTED, NOT_SENT);

	/**
	 * Whether an administrator may queue an email in this state again.
	 * @return whether it can be sent again
	 */
	public boolean resendable() {
		return RESENDABLE.contains(this);
	}

}
