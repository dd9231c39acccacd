package org.rapport.notifications;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * An email in the outbox, as the administrator's list shows it.
 *
 * @param id the entry's id
 * @param key what makes the email unique
 * @param wave the wave it belongs to, or {@code null}
 * @param recipient the address
 * @param recipientName the recipient's name, or {@code null}
 * @param template the template's name
 * @param state where it stands
 * @param attempts how many times it was handed to the mail server
 * @param queuedAt when it was queued
 * @param nextAttemptAt when it is due (for a queued email)
 * @param sentAt when the mail server accepted it, or {@code null}
 * @param lastError the reason of the last failure: an SMTP reply or a code such as
 * {@code no-mail-server}; {@code null} when none
 */
public record OutboxEntry(long id, String key, String wave, String recipient, String recipientName, String template,
		OutboxState state, int attempts, LocalDateTime queuedAt, LocalDateTime nextAttemptAt, LocalDateTime sentAt,
		String lastError) {

	/** The codes Rapport writes as an email's last error. */
	public static final Set<String> ERROR_CODES = Set.of(Outbox.NO_MAIL_SERVER, Outbox.INTERRUPTED);

	/**
	 * Whether an administrator may send it again.
	 * @return whether it is failed, interrupted or not sent
	 */
	public boolean resendable() {
		return this.state.resendable();
	}

	/**
	 * Whether the last error is one of Rapport's own codes, with a message
	 * {@code outbox.error.<code>}, rather than a mail server's reply.
	 * @return whether it is a code
	 */
	public boolean lastErrorCoded() {
		return this.lastError != null && ERROR_CODES.contains(this.lastError);
	}

}
