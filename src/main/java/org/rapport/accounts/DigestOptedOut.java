package org.rapport.accounts;

import java.time.Instant;

import org.rapport.shared.AuditableEvent;

/**
 * Someone turned their weekly digest off.
 *
 * @param accountId the account
 * @param username its user name
 * @param actor who did it
 * @param occurredAt when it happened
 */
public record DigestOptedOut(long accountId, String username, String actor,
		Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "DIGEST_OPTED_OUT";
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
