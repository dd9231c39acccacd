package org.rapport.accounts;

import java.time.Instant;
import java.time.LocalDateTime;

import org.rapport.shared.AuditableEvent;

/**
 * An administrator ended the wait that failed sign-ins had put on an account.
 *
 * @param accountId the account
 * @param username its user name
 * @param delayedUntil until when its sign-ins were delayed, or {@code null} if they were
 * not
 * @param actor who did it
 * @param occurredAt when it happened
 */
public record SignInDelayCleared(long accountId, String username, LocalDateTime delayedUntil, String actor,
		Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "SIGN_IN_DELAY_CLEARED";
	}

	@Override
	public String target() {
		return "account:" + this.accountId;
	}

	@Override
	public String detail() {
		return AuditableEvent.facts("username", this.username, "delayedUntil", this.delayedUntil);
	}

}
