package org.rapport.accounts;

import java.time.Instant;
import java.util.Set;

import org.rapport.shared.AuditableEvent;

/**
 * An account was given other roles.
 *
 * @param accountId the account
 * @param username its user name
 * @param roles the roles now
 * @param previousRoles the roles before
 * @param actor who did it
 * @param occurredAt when it happened
 */
public record AccountRolesChanged(long accountId, String username, Set<Role> roles, Set<Role> previousRoles,
		String actor, Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "ACCOUNT_ROLES_CHANGED";
	}

	@Override
	public String target() {
		return "account:" + this.accountId;
	}

	@Override
	public String detail() {
		return AuditableEvent.facts("username", this.username, "roles", this.roles, "previousRoles",
				this.previousRoles);
	}

}
