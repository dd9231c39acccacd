package org.rapport.accounts;

import java.time.Instant;

import org.rapport.shared.AuditableEvent;

/**
 * Someone revoked one of their API tokens.
 *
 * @param accountId the account
 * @param tokenId the token
 * @param actor who did it
 * @param occurredAt when it happened
 */
public record ApiTokenRevoked(long accountId, long tokenId, String actor,
		Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "API_TOKEN_REVOKED";
	}

	@Override
	public String target() {
		return "account:" + this.accountId;
	}

	@Override
	public String detail() {
		return AuditableEvent.facts("token", this.tokenId);
	}

}
