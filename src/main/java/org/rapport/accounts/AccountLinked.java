package org.rapport.accounts;

import java.time.Instant;

import org.rapport.shared.AuditableEvent;

/**
 * An account was linked to another person, or to no one.
 *
 * @param accountId the account
 * @param username its user name
 * @param personId the person, {@code null} for no one
 * @param actor who did it
 * @param occurredAt when it happened
 */
public record AccountLinked(long accountId, String username, Long personId, String actor,
		Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "ACCOUNT_LINKED";
	}

	@Override
	public String target() {
		return "account:" + this.accountId;
	}

	@Override
	public String detail() {
		return AuditableEvent.facts("username", this.username, "person", this.personId);
	}

}
