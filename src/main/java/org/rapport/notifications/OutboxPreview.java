package org.rapport.notifications;

/**
 * An email in the outbox rendered as it is (or would be) sent.
 *
 * @param entry the entry
 * @param from the sender
 * @param subject the subject
 * @param text the plain-text part
 * @param html the HTML part, to be shown only escaped or in a sandboxed frame
 * @param renderError why the email cannot be rendered, or {@code null}
 */
public record OutboxPreview(OutboxEntry entry, String from, String subject, String text, String html,
		String renderError) {
}
