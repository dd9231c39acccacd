package org.rapport.accounts;

import org.rapport.shared.AuditableEvent;

/**
 * An account was created or changed, or one of its API tokens.
 *
 * @param accountId the account
 * @param action what happened
 * @param actor who did it
 * @param detail a description
 */
public record AccountChanged(long accountId, String action, String actor, String detail) implements AuditableEvent {

	@Override
	public String target() {
		return "account:" + this.accountId;
	}

}
