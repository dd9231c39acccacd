package org.rapport.notifications;

import java.time.Instant;

import org.rapport.shared.AuditableEvent;

/**
 * An administrator queued again the emails that were not sent for want of a mail server.
 *
 * @param wave the wave whose emails they were, or {@code null} for all
 * @param count how many were queued again
 * @param actor who asked
 * @param occurredAt when
 */
public record NotSentEmailsResent(String wave, int count, String actor, Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "NOT_SENT_EMAILS_RESENT";
	}

	@Override
	public String target() {
		return (this.wave != null) ? "wave:" + this.wave : "outbox";
	}

	@Override
	public String detail() {
		return AuditableEvent.facts("count", this.count);
	}

}
