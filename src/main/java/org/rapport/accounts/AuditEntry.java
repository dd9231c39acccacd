package org.rapport.accounts;

import java.time.LocalDateTime;

/**
 * One line of the audit log.
 *
 * @param id the entry's id
 * @param occurredAt when it happened
 * @param actor who did it
 * @param action what happened, such as {@code SIGN_IN_FAILED}
 * @param target the object concerned, may be {@code null}
 * @param detail a description, may be {@code null}
 * @param remoteAddress the caller's address, may be {@code null}
 */
public record AuditEntry(long id, LocalDateTime occurredAt, String actor, String action, String target, String detail,
		String remoteAddress) {
}
