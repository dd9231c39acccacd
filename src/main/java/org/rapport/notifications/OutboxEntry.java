package org.rapport.notifications;

import java.time.LocalDateTime;

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

	/**
	 * Whether an administrator may send it again.
	 * @return whether it is failed, interrupted or not sent
	 */
	public boolean resendable() {
		return this.state.resendable();
	}

}
