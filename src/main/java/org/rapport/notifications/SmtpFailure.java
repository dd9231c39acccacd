package org.rapport.notifications;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;

import org.springframework.mail.MailSendException;

/**
 * What a failed send means: a mail server's permanent refusal of the message or its
 * recipient (an SMTP reply 5xx to the envelope or the data), which no retry changes, or a
 * transient failure (a 4xx reply, a connection that failed or broke, a sign-in the server
 * refused), which is tried again later.
 *
 * @param permanent whether the email is refused for good
 * @param reason the SMTP reply, or the kind and message of the failure
 */
record SmtpFailure(boolean permanent, String reason) {

	private static final Pattern REPLY = Pattern.compile("^\\s*([2-5])\\d\\d[ -].*", Pattern.DOTALL);

	/**
	 * Reads a failure from what the mail sender threw, looking through its causes, the
	 * failed messages of a {@link MailSendException} and the next exceptions of
	 * {@link MessagingException}s for a refusal of the send.
	 * @param failure what the mail sender threw
	 * @return the failure's meaning
	 */
	static SmtpFailure of(Throwable failure) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<Throwable> pending = new ArrayDeque<>();
		pending.add(failure);
		String transientReply = null;
		while (!pending.isEmpty()) {
			Throwable current = pending.poll();
			if (!seen.add(current)) {
				continue;
			}
			// Only the refusal of a send names the message or its recipient; a 5xx to a
			// sign-in is the server's configuration, not the email's.
			if (current instanceof SendFailedException) {
				Matcher reply = REPLY.matcher(String.valueOf(current.getMessage()));
				if (reply.matches()) {
					if (reply.group(1).equals("5")) {
						return new SmtpFailure(true, current.getMessage().strip());
					}
					transientReply = (transientReply != null) ? transientReply : current.getMessage().strip();
				}
			}
			if (current instanceof MailSendException send) {
				pending.addAll(send.getFailedMessages().values());
				Collections.addAll(pending, send.getMessageExceptions());
			}
			if (current instanceof MessagingException messaging && messaging.getNextException() != null) {
				pending.add(messaging.getNextException());
			}
			if (current.getCause() != null) {
				pending.add(current.getCause());
			}
		}
		if (transientReply != null) {
			return new SmtpFailure(false, transientReply);
		}
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = (root.getMessage() != null) ? root.getMessage().strip() : "";
		return new SmtpFailure(false, root.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message));
	}

}
