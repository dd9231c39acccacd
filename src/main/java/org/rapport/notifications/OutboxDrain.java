package org.rapport.notifications;

import java.io.UnsupportedEncodingException;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds, one email at a time, so that no email goes out twice:
 * <ol>
 * <li>An email still in {@code SENDING} after the lease was being sent by a node that
 * stopped; it may have gone out, so it becomes {@code INTERRUPTED} and stays so until an
 * administrator queues it again.</li>
 * <li>Without a mail server ({@code spring.mail.host} unset) due emails become
 * {@code NOT_SENT}, to be seen on the outbox page.</li>
 * <li>Otherwise, within the quotas, each due email is claimed in a transaction of its own
 * that commits before the mail server is spoken to, then sent, then marked {@code SENT};
 * a transient failure queues it again after a back-off that doubles, a permanent one (or
 * the last attempt) fails it with the reason.</li>
 * </ol>
 * Anything else that goes wrong mid-send leaves the email in {@code SENDING}, as a node
 * that dies would: whether it went out is unknown, so it is never retried by itself.
 */
@Component
class OutboxDrain {

	private static final Logger logger = LoggerFactory.getLogger(OutboxDrain.class);

	private final Outbox outbox;

	private final MailTemplates templates;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final NotificationSettings settings;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/"
			+ UUID.randomUUID().toString().substring(0, 8);

	OutboxDrain(Outbox outbox, MailTemplates templates, ObjectProvider<JavaMailSender> mailSender,
			NotificationSettings settings, Clock clock, PlatformTransactionManager transactionManager) {
		this.outbox = outbox;
		this.templates = templates;
		this.mailSender = mailSender;
		this.settings = settings;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * One run of the drain.
	 * @return what it did
	 */
	Report drain() {
		LocalDateTime now = now();
		int interrupted = this.outbox.interruptClaimedBefore(now.minus(this.settings.lease()));
		if (interrupted > 0) {
			logger.warn("{} emails were interrupted mid-send and are not sent again unless an administrator asks",
					interrupted);
		}
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			int heldBack = this.outbox.holdBack(now);
			if (heldBack > 0) {
				logger.info("No mail server is configured (spring.mail.host): {} emails were not sent", heldBack);
			}
			return new Report(interrupted, heldBack, 0, 0, 0);
		}
		int room = (int) Math.min(this.settings.batchSize(),
				Math.min(this.settings.perMinute() - this.outbox.sentOrSendingSince(now.minusMinutes(1)),
						this.settings.perDay() - this.outbox.sentOrSendingSince(now.minusDays(1))));
		int sent = 0;
		int retried = 0;
		int failed = 0;
		for (int i = 0; i < room; i++) {
			Optional<Outbox.Claim> claim = this.ownTransaction
				.execute((status) -> this.outbox.claimNext(now(), this.node));
			if (claim == null || claim.isEmpty()) {
				break;
			}
			switch (send(sender, claim.get())) {
				case SENT -> sent++;
				case QUEUED -> retried++;
				default -> failed++;
			}
		}
		if (sent + retried + failed > 0) {
			logger.info("Outbox: {} sent, {} to be tried again, {} failed", sent, retried, failed);
		}
		return new Report(interrupted, 0, sent, retried, failed);
	}

	private OutboxState send(JavaMailSender sender, Outbox.Claim claim) {
		MimeMessage message;
		try {
			message = message(sender, claim);
		}
		catch (MailTemplates.RenderingException | MessagingException ex) {
			logger.warn("Email {} cannot be built: {}", claim.id(), ex.getMessage());
			this.outbox.fail(claim,
					(ex instanceof MessagingException) ? "message-error: " + ex.getMessage() : ex.getMessage());
			return OutboxState.FAILED;
		}
		try {
			sender.send(message);
		}
		catch (MailException ex) {
			SmtpFailure failure = SmtpFailure.of(ex);
			if (failure.permanent() || claim.attempt() >= this.settings.maxAttempts()) {
				logger.warn("Email {} failed after {} attempts: {}", claim.id(), claim.attempt(), failure.reason());
				this.outbox.fail(claim, failure.reason());
				return OutboxState.FAILED;
			}
			LocalDateTime next = now().plus(this.settings.backoffAfter(claim.attempt()));
			logger.info("Email {} is tried again at {}: {}", claim.id(), next, failure.reason());
			this.outbox.retry(claim, next, failure.reason());
			return OutboxState.QUEUED;
		}
		if (!this.outbox.sent(claim, now())) {
			logger.warn("Email {} was sent, but its claim was taken meanwhile", claim.id());
		}
		return OutboxState.SENT;
	}

	private MimeMessage message(JavaMailSender sender, Outbox.Claim claim) throws MessagingException {
		MailTemplates.Rendered rendered = this.templates.render(claim.template(), claim.recipient(),
				claim.recipientName(), claim.arguments());
		MimeMessage message = sender.createMimeMessage();
		message.setFrom(new InternetAddress(this.settings.from(), true));
		try {
			message.setRecipient(MimeMessage.RecipientType.TO,
					(claim.recipientName() != null)
							? new InternetAddress(claim.recipient(), claim.recipientName(), "UTF-8")
							: new InternetAddress(claim.recipient(), true));
		}
		catch (UnsupportedEncodingException ex) {
			throw new MessagingException("UTF-8 unsupported", ex);
		}
		message.setSubject(rendered.subject(), "UTF-8");
		message.setSentDate(Date.from(this.clock.instant()));
		// The client shows the richest part it can: plain text first, HTML last.
		MimeMultipart alternative = new MimeMultipart("alternative");
		MimeBodyPart text = new MimeBodyPart();
		text.setText(rendered.text(), "UTF-8", "plain");
		MimeBodyPart html = new MimeBodyPart();
		html.setText(rendered.html(), "UTF-8", "html");
		alternative.addBodyPart(text);
		alternative.addBodyPart(html);
		message.setContent(alternative);
		// The outbox entry, for whoever follows a message back from a mail server's log.
		message.setHeader("X-Rapport-Email", String.valueOf(claim.id()));
		return message;
	}

	private LocalDateTime now() {
		return LocalDateTime.now(this.clock);
	}

	/**
	 * What one run did.
	 *
	 * @param interrupted emails found interrupted mid-send
	 * @param notSent emails held back for want of a mail server
	 * @param sent emails the mail server accepted
	 * @param retried emails to be tried again
	 * @param failed emails failed for good
	 */
	record Report(int interrupted, int notSent, int sent, int retried, int failed) {
	}

}
