package org.rapport.accounts;

import java.time.Instant;

import org.rapport.shared.AuditableEvent;

/**
 * Someone created an API token for their account.
 *
 * @param accountId the account
 * @param name what its owner calls the token
 * @param actor who did it
 * @param occurredAt when it happened
 */
public record ApiTokenCreated(long accountId, String name, String actor, Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "API_TOKEN_CREATED";
	}

	@Override
	public String target() {
		return "account:" + this.accountId;
	}

	@Override
	public String detail() {
		return AuditableEvent.facts("token", this.name);
	}

}
