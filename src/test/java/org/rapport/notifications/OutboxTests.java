package org.rapport.notifications;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.MovableClock;
import org.rapport.SignedIn;
import org.rapport.accounts.Role;
import org.rapport.shared.StateConflictException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The outbox against a real SMTP server (GreenMail): emails arrive once, as plain text
 * and HTML with the subject from the messages; quotas hold as Rapport's clock moves;
 * transient failures are tried again after a back-off that doubles, permanent refusals
 * fail at once with the reply; an email whose node died mid-send is never sent again
 * unless an administrator asks.
 */
@SpringBootTest(properties = { "rapport.demo.enabled=false", "rapport.mail.per-minute=3", "rapport.mail.per-day=5",
		"rapport.mail.max-attempts=3", "rapport.mail.retry-backoff=1m", "rapport.mail.lease=10m",
		"rapport.mail.from=Rapport Tests <outbox@rapport.test>" })
@AutoConfigureMockMvc
@Import({ MovableClock.Configuration.class, OutboxTests.Mail.class })
class OutboxTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	static final RefusingSmtpServer refusing = new RefusingSmtpServer();

	@Autowired
	NotificationManagement notifications;

	@Autowired
	OutboxDrain drain;

	@Autowired
	TestMailSender sender;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void emptyOutboxAndMailboxesAndFreshQuotas() throws Exception {
		this.jdbc.sql("delete from notification_email").update();
		smtp.purgeEmailFromAllMailboxes();
		this.sender.mode(TestMailSender.Mode.DELIVER);
		this.sender.handedOver.set(0);
		// Two days on, the quotas of the test before count nothing; at noon sharp, as
		// the database keeps no nanoseconds.
		this.clock.set(this.clock.today().plusDays(2));
	}

	@Test
	void sendsEachQueuedEmailOnceAsTextAndHtmlWithTheSubjectFromTheMessages() throws Exception {
		int queued = this.notifications.queue(List.of(email("ada@example.org", "Ada", "k-ada", "w-once"),
				email("grace@example.org", "Grace", "k-grace", "w-once")));

		OutboxDrain.Report first = this.drain.drain();
		OutboxDrain.Report second = this.drain.drain();

		assertThat(queued).isEqualTo(2);
		assertThat(first.sent()).isEqualTo(2);
		assertThat(second.sent()).isZero();
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(2);
		MimeMessage ada = Arrays.stream(received)
			.filter((message) -> to(message).contains("ada@example.org"))
			.findFirst()
			.orElseThrow();
		assertThat(ada.getSubject()).isEqualTo("A test for Ada");
		assertThat(ada.getFrom()[0].toString()).isEqualTo("Rapport Tests <outbox@rapport.test>");
		assertThat(to(ada)).isEqualTo("Ada <ada@example.org>");
		MimeMultipart alternative = (MimeMultipart) ada.getContent();
		assertThat(alternative.getContentType()).startsWith("multipart/alternative");
		assertThat(alternative.getCount()).isEqualTo(2);
		BodyPart text = alternative.getBodyPart(0);
		BodyPart html = alternative.getBodyPart(1);
		assertThat(text.getContentType()).startsWith("text/plain");
		assertThat((String) text.getContent()).contains("A test from Rapport", "Hello Ada,", "Fish & <chips>")
			.doesNotContain("<p>");
		assertThat(html.getContentType()).startsWith("text/html");
		assertThat((String) html.getContent()).contains("<h1>A test from Rapport</h1>", "<strong>Ada</strong>")
			.contains("Fish &amp; &lt;chips&gt;")
			.doesNotContain("<chips>");
		assertThat(this.notifications.progress("w-once")).isEqualTo(new WaveProgress("w-once", 0, 0, 2, 0, 0, 0));
		assertThat(row("k-ada").state()).isEqualTo(OutboxState.SENT);
		assertThat(row("k-ada").sentAt()).isEqualTo(LocalDateTime.now(this.clock));
		assertThat(row("k-ada").attempts()).isEqualTo(1);
		assertThat(ada.getHeader("X-Rapport-Email")).containsExactly(String.valueOf(row("k-ada").id()));
	}

	@Test
	void queuesAnEmailWhoseKeyIsQueuedAlreadyNoMore() {
		Email first = email("ada@example.org", "Ada", "k-unique", "w-unique");
		Email again = new Email("ada@example.org", "Ada", "test", Map.of("message", "Other"), "w-unique", "k-unique");

		int inOneCall = this.notifications.queue(List.of(first, again));
		int inAnother = this.notifications.queue(List.of(again));
		this.drain.drain();
		int afterSending = this.notifications.queue(List.of(first));
		this.drain.drain();

		assertThat(inOneCall).isEqualTo(1);
		assertThat(inAnother).isZero();
		assertThat(afterSending).isZero();
		assertThat(this.jdbc.sql("select count(*) from notification_email where email_key = 'k-unique'")
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(smtp.getReceivedMessages()).hasSize(1);
	}

	@Test
	void sendsNoMoreThanThePerMinuteAndPerDayQuotasAsTheClockMoves() {
		for (int i = 0; i < 7; i++) {
			this.notifications.queue(List.of(email("quota" + i + "@example.org", "Q" + i, "k-quota-" + i, "w-quota")));
		}

		int firstMinute = this.drain.drain().sent();
		int sameMinute = this.drain.drain().sent();
		this.clock.advance(Duration.ofSeconds(61));
		int nextMinute = this.drain.drain().sent();
		this.clock.advance(Duration.ofSeconds(61));
		int dayFull = this.drain.drain().sent();
		this.clock.advance(Duration.ofDays(1));
		int nextDay = this.drain.drain().sent();

		assertThat(firstMinute).as("per minute 3").isEqualTo(3);
		assertThat(sameMinute).isZero();
		assertThat(nextMinute).as("per day 5, 3 of them sent").isEqualTo(2);
		assertThat(dayFull).isZero();
		assertThat(nextDay).isEqualTo(2);
		assertThat(smtp.getReceivedMessages()).hasSize(7);
	}

	@Test
	void triesATransientFailureAgainAfterABackOffThatDoublesThenSends() {
		this.sender.mode(TestMailSender.Mode.UNREACHABLE);
		this.notifications.queue(List.of(email("ada@example.org", "Ada", "k-transient", null)));
		LocalDateTime start = LocalDateTime.now(this.clock);

		this.drain.drain();
		OutboxEntry afterFirst = row("k-transient");
		this.drain.drain();
		int handedBeforeDue = this.sender.handedOver.get();
		this.clock.advance(Duration.ofSeconds(61));
		this.drain.drain();
		OutboxEntry afterSecond = row("k-transient");
		this.sender.mode(TestMailSender.Mode.DELIVER);
		this.clock.advance(Duration.ofSeconds(61));
		this.drain.drain();
		int attemptsBeforeDue = row("k-transient").attempts();
		this.clock.advance(Duration.ofSeconds(60));
		this.drain.drain();

		assertThat(afterFirst.state()).isEqualTo(OutboxState.QUEUED);
		assertThat(afterFirst.attempts()).isEqualTo(1);
		assertThat(afterFirst.nextAttemptAt()).isEqualTo(start.plusMinutes(1));
		assertThat(afterFirst.lastError()).contains("Connect");
		assertThat(handedBeforeDue).as("not tried again before it is due").isEqualTo(1);
		assertThat(afterSecond.attempts()).isEqualTo(2);
		assertThat(afterSecond.nextAttemptAt()).isEqualTo(start.plusSeconds(61).plusMinutes(2));
		assertThat(attemptsBeforeDue).isEqualTo(2);
		OutboxEntry sent = row("k-transient");
		assertThat(sent.state()).isEqualTo(OutboxState.SENT);
		assertThat(sent.attempts()).isEqualTo(3);
		assertThat(sent.lastError()).isNull();
		assertThat(smtp.getReceivedMessages()).hasSize(1);
	}

	@Test
	void failsAnEmailThatRunsOutOfAttemptsWithTheLastReason() {
		this.sender.mode(TestMailSender.Mode.UNREACHABLE);
		this.notifications.queue(List.of(email("ada@example.org", "Ada", "k-attempts", null)));

		this.drain.drain();
		this.clock.advance(Duration.ofMinutes(1));
		this.drain.drain();
		this.clock.advance(Duration.ofMinutes(2));
		this.drain.drain();
		this.clock.advance(Duration.ofHours(6));
		this.drain.drain();

		OutboxEntry failed = row("k-attempts");
		assertThat(failed.state()).isEqualTo(OutboxState.FAILED);
		assertThat(failed.attempts()).isEqualTo(3);
		assertThat(failed.lastError()).contains("Connect");
		assertThat(this.sender.handedOver.get()).isEqualTo(3);
	}

	@Test
	void failsARecipientTheServerRefusesAtOnceWithItsReply() {
		this.sender.mode(TestMailSender.Mode.REFUSING_SERVER);
		refusing.answerRecipientsWith("550 5.1.1 <to>: Recipient address rejected: User unknown");
		this.notifications.queue(List.of(email("nobody@example.org", "Nobody", "k-refused", "w-refused")));

		OutboxDrain.Report report = this.drain.drain();
		this.clock.advance(Duration.ofHours(1));
		this.drain.drain();

		assertThat(report.failed()).isEqualTo(1);
		OutboxEntry failed = row("k-refused");
		assertThat(failed.state()).isEqualTo(OutboxState.FAILED);
		assertThat(failed.attempts()).isEqualTo(1);
		assertThat(failed.lastError())
			.isEqualTo("550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown");
		assertThat(this.sender.handedOver.get()).isEqualTo(1);
		assertThat(this.notifications.progress("w-refused").failed()).isEqualTo(1);
	}

	@Test
	void triesARecipientTheServerPutsOffAgainLater() {
		this.sender.mode(TestMailSender.Mode.REFUSING_SERVER);
		refusing.answerRecipientsWith("451 4.3.0 <to>: Temporary lookup failure, try again later");
		this.notifications.queue(List.of(email("later@example.org", "Later", "k-later", null)));
		LocalDateTime start = LocalDateTime.now(this.clock);

		OutboxDrain.Report report = this.drain.drain();

		assertThat(report.retried()).isEqualTo(1);
		OutboxEntry putOff = row("k-later");
		assertThat(putOff.state()).isEqualTo(OutboxState.QUEUED);
		assertThat(putOff.nextAttemptAt()).isEqualTo(start.plusMinutes(1));
		assertThat(putOff.lastError()).startsWith("451 4.3.0 <later@example.org>: Temporary lookup failure");
	}

	@Test
	void failsAnEmailWhoseTemplateIsMissing() {
		this.notifications
			.queue(List.of(new Email("ada@example.org", null, "no-such-template", Map.of(), null, "k-template")));

		this.drain.drain();

		assertThat(row("k-template").state()).isEqualTo(OutboxState.FAILED);
		assertThat(row("k-template").lastError()).startsWith("template-error: no-such-template");
		assertThat(this.sender.handedOver.get()).isZero();
	}

	@Test
	void neverSendsAgainByItselfAnEmailWhoseNodeDiedMidSendButDoesWhenAnAdministratorAsks() {
		this.sender.mode(TestMailSender.Mode.DIE);
		this.notifications.queue(List.of(email("ada@example.org", "Ada", "k-died", null)));

		assertThatThrownBy(this.drain::drain).isInstanceOf(IllegalStateException.class);
		OutboxEntry claimed = row("k-died");
		this.sender.mode(TestMailSender.Mode.DELIVER);
		this.drain.drain();
		OutboxEntry withinLease = row("k-died");
		this.clock.advance(Duration.ofMinutes(11));
		OutboxDrain.Report afterLease = this.drain.drain();
		this.clock.advance(Duration.ofDays(1));
		this.drain.drain();
		OutboxEntry interrupted = row("k-died");

		assertThat(claimed.state()).isEqualTo(OutboxState.SENDING);
		assertThat(claimed.attempts()).isEqualTo(1);
		assertThat(withinLease.state()).isEqualTo(OutboxState.SENDING);
		assertThat(afterLease.interrupted()).isEqualTo(1);
		assertThat(interrupted.state()).isEqualTo(OutboxState.INTERRUPTED);
		assertThat(interrupted.lastError()).isEqualTo("interrupted-mid-send");
		assertThat(this.sender.handedOver.get()).as("handed to the mail server once, by the node that died")
			.isEqualTo(1);
		assertThat(smtp.getReceivedMessages()).isEmpty();

		OutboxEntry resent = SignedIn.withRole("outbox-admin", Role.ADMIN,
				() -> this.notifications.resend(interrupted.id()));
		this.drain.drain();

		assertThat(resent.state()).isEqualTo(OutboxState.QUEUED);
		assertThat(resent.attempts()).isZero();
		assertThat(row("k-died").state()).isEqualTo(OutboxState.SENT);
		assertThat(smtp.getReceivedMessages()).hasSize(1);
		assertThatThrownBy(
				() -> SignedIn.withRole("outbox-admin", Role.ADMIN, () -> this.notifications.resend(interrupted.id())))
			.isInstanceOf(StateConflictException.class);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc
				.sql("select count(*) from accounts_audit_event where action = 'EMAIL_RESENT' and target = :target")
				.param("target", "email:" + interrupted.id())
				.query(Long.class)
				.single() == 1);
	}

	@Test
	void queuesTheEmailsOfAWaveNotSentAgainOnceAMailServerIsThere() throws Exception {
		this.notifications.queue(List.of(email("a1@example.org", "A1", "k-held-a1", "w-held-a"),
				email("a2@example.org", "A2", "k-held-a2", "w-held-a"),
				email("b1@example.org", "B1", "k-held-b1", "w-held-b")));
		// As the job left them while no mail server was configured.
		this.jdbc.sql("update notification_email set state = 'NOT_SENT', last_error = 'no-mail-server'").update();

		String page = this.mvc
			.perform(get("/admin/outbox").param("wave", "w-held-a").with(user("outbox-admin").roles("ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int queued = SignedIn.withRole("outbox-admin", Role.ADMIN, () -> this.notifications.resendNotSent("w-held-a"));
		this.drain.drain();

		assertThat(page).as("with a mail server, the page offers to send what was held back")
			.contains("Send the emails of w-held-a not sent", "action=\"/admin/outbox/resend-not-sent\"");
		assertThat(queued).isEqualTo(2);
		assertThat(this.notifications.progress("w-held-a")).isEqualTo(new WaveProgress("w-held-a", 0, 0, 2, 0, 0, 0));
		assertThat(this.notifications.progress("w-held-b").notSent()).isEqualTo(1);
		assertThat(smtp.getReceivedMessages()).hasSize(2);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.sql(
					"select detail from accounts_audit_event where action = 'NOT_SENT_EMAILS_RESENT' and target = :target")
				.param("target", "wave:w-held-a")
				.query(String.class)
				.list()
				.contains("count=2"));
	}

	private OutboxEntry row(String key) {
		long id = this.jdbc.sql("select id from notification_email where email_key = :key")
			.param("key", key)
			.query(Long.class)
			.single();
		return SignedIn.withRole("outbox-admin", Role.ADMIN, () -> this.notifications.entry(id));
	}

	private static Email email(String to, String name, String key, String wave) {
		return new Email(to, name, "test", Map.of("name", name, "message", "Fish & <chips>"), wave, key);
	}

	private static String to(MimeMessage message) {
		try {
			return message.getRecipients(MimeMessage.RecipientType.TO)[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@TestConfiguration
	static class Mail {

		@Bean
		TestMailSender testMailSender() {
			return new TestMailSender(() -> smtp.getSmtp().getPort(), refusing::port);
		}

	}

}
