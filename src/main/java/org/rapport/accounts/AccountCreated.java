package org.rapport.accounts;

import java.time.Instant;
import java.util.Set;

import org.rapport.shared.AuditableEvent;

/**
 * An account was created.
 *
 * @param accountId the account
 * @param username its user name
 * @param roles its roles
 * @param actor who did it
 * @param occurredAt when it happened
 */
public record AccountCreated(long accountId, String username, Set<Role> roles, String actor,
		Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "ACCOUNT_CREATED";
	}

	@Override
	public String target() {
		return "account:" + this.accountId;
	}

	@Override
	public String detail() {
		return AuditableEvent.facts("username", this.username, "roles", this.roles);
	}

}
