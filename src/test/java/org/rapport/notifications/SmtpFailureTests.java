package org.rapport.notifications;

import java.net.ConnectException;
import java.time.Duration;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import org.junit.jupiter.api.Test;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a failed send means, and how long the outbox waits before the next attempt.
 */
class SmtpFailureTests {

	@Test
	void aRefusalOfTheSendWithA5xxReplyIsPermanentAndKeepsTheReply() {
		MailSendException thrown = new MailSendException("Failed messages", new SendFailedException("Invalid Addresses",
				new SendFailedException("550 5.1.1 <x@example.org>: User unknown\n")));

		assertThat(SmtpFailure.of(thrown)).isEqualTo(new SmtpFailure(true, "550 5.1.1 <x@example.org>: User unknown"));
	}

	@Test
	void aRefusalWithA4xxReplyIsTransient() {
		MailSendException thrown = new MailSendException("Failed messages",
				new SendFailedException("452 4.2.2 Mailbox full"));

		assertThat(SmtpFailure.of(thrown)).isEqualTo(new SmtpFailure(false, "452 4.2.2 Mailbox full"));
	}

	@Test
	void aSignInTheServerRefusesIsTheServersConfigurationAndTransient() {
		MailAuthenticationException thrown = new MailAuthenticationException(
				new AuthenticationFailedException("535 5.7.8 Authentication credentials invalid"));

		SmtpFailure failure = SmtpFailure.of(thrown);

		assertThat(failure.permanent()).isFalse();
		assertThat(failure.reason()).contains("535 5.7.8");
	}

	@Test
	void aConnectionThatFailsIsTransientAndNamedByItsCause() {
		MailSendException thrown = new MailSendException("Mail server connection failed",
				new MessagingException("Couldn't connect to host", new ConnectException("Connection refused")));

		assertThat(SmtpFailure.of(thrown)).isEqualTo(new SmtpFailure(false, "ConnectException: Connection refused"));
	}

	@Test
	void waitsTheBackOffDoubledForEachAttemptUpToTheCap() {
		NotificationSettings settings = new NotificationSettings("Rapport <rapport@localhost>", 60, 5000,
				Duration.ofSeconds(10), 100, 10, Duration.ofMinutes(1), Duration.ofMinutes(10), Duration.ofMinutes(10));

		assertThat(settings.backoffAfter(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(settings.backoffAfter(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(settings.backoffAfter(4)).isEqualTo(Duration.ofMinutes(8));
		assertThat(settings.backoffAfter(5)).as("16 minutes, capped").isEqualTo(Duration.ofMinutes(10));
		assertThat(settings.backoffAfter(60)).isEqualTo(Duration.ofMinutes(10));
	}

}
