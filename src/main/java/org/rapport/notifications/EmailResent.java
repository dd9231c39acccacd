package org.rapport.notifications;

import java.time.Instant;

import org.rapport.shared.AuditableEvent;

/**
 * An administrator queued an email again that had failed, been interrupted or not been
 * sent.
 *
 * @param emailId the outbox entry
 * @param key the email's key
 * @param previousState the state it was in
 * @param actor who asked
 * @param occurredAt when
 */
public record EmailResent(long emailId, String key, OutboxState previousState, String actor,
		Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "EMAIL_RESENT";
	}

	@Override
	public String target() {
		return "email:" + this.emailId;
	}

	@Override
	public String detail() {
		return AuditableEvent.facts("key", this.key, "previousState", this.previousState);
	}

}
