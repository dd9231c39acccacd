package org.rapport.notifications;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An email to send: who to, which template, its arguments, the wave it belongs to, and a
 * key that makes it unique.
 * <p>
 * The template {@code name} is rendered from {@code templates/mail/name.html} and
 * {@code templates/mail/name.txt}, with the arguments as the variable {@code args}
 * ({@code ${args.firstName}}) besides {@code recipient} and {@code recipientName}; its
 * subject is the message {@code mail.name.subject}, in which {@code {firstName}} stands
 * for the argument of that name. Arguments are text and are escaped like any other text
 * in the HTML part. An argument that a template names as {@code ${args.name}} but the
 * email lacks fails the email with a template error; {@code ${args['name']}} allows it to
 * be missing.
 *
 * @param recipient the address to send to
 * @param recipientName the recipient's name, may be {@code null}
 * @param template the template's name: lower-case letters, digits and dashes, in folders
 * separated by {@code /}
 * @param arguments the template's arguments, may be empty
 * @param wave the batch the email belongs to, such as a survey campaign's invitations,
 * whose progress can be followed; may be {@code null}
 * @param key what makes the email unique, such as {@code survey-invitation:42:7}: an
 * email whose key was queued before is not queued again
 */
public record Email(String recipient, String recipientName, String template, Map<String, String> arguments, String wave,
		String key) {

	/** The longest key, wave and recipient the outbox stores. */
	static final int KEY_MAX = 200;

	static final int WAVE_MAX = 100;

	static final int RECIPIENT_MAX = 320;

	private static final Pattern TEMPLATE = Pattern.compile("[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*");

	private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+");

	public Email {
		Objects.requireNonNull(recipient, "recipient");
		Objects.requireNonNull(template, "template");
		Objects.requireNonNull(key, "key");
		if (recipient.length() > RECIPIENT_MAX || !ADDRESS.matcher(recipient).matches()) {
			throw new IllegalArgumentException("Not an email address: " + recipient);
		}
		if (template.length() > 100 || !TEMPLATE.matcher(template).matches()) {
			throw new IllegalArgumentException("Not a mail template name: " + template);
		}
		if (key.isBlank() || key.length() > KEY_MAX || key.chars().anyMatch(Character::isISOControl)) {
			throw new IllegalArgumentException(
					"An email's key has 1 to " + KEY_MAX + " characters and no control characters");
		}
		if (wave != null
				&& (wave.isBlank() || wave.length() > WAVE_MAX || wave.chars().anyMatch(Character::isISOControl))) {
			throw new IllegalArgumentException("A wave has 1 to " + WAVE_MAX + " characters");
		}
		if (recipientName != null && recipientName.length() > 200) {
			recipientName = recipientName.substring(0, 200);
		}
		arguments = (arguments != null) ? Map.copyOf(arguments) : Map.of();
	}

}
