package org.rapport.accounts;

import java.time.Instant;

import org.rapport.shared.AuditableEvent;

/**
 * Someone changed their own password.
 *
 * @param accountId the account
 * @param username its user name
 * @param actor who did it
 * @param occurredAt when it happened
 */
public record PasswordChanged(long accountId, String username, String actor,
		Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "PASSWORD_CHANGED";
	}

	@Override
	public String target() {
		return "account:" + this.accountId;
	}

	@Override
	public String detail() {
		return AuditableEvent.facts("username", this.username);
	}

}
