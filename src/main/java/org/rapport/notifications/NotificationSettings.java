package org.rapport.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox sends ({@code rapport.mail.*}); the mail server itself is Spring Boot's
 * {@code spring.mail.*}, and without {@code spring.mail.host} nothing is sent.
 *
 * @param from the sender of every email
 * @param perMinute at most this many emails go out in any minute, across all nodes
 * @param perDay at most this many emails go out in any 24 hours, across all nodes
 * @param drainInterval how long the job waits between two runs
 * @param batchSize at most this many emails are sent in one run
 * @param maxAttempts after this many transient failures an email is failed
 * @param retryBackoff the wait after the first transient failure; it doubles with each
 * further one
 * @param maxBackoff the longest wait between two attempts
 * @param lease how long a send may take at most: an email in {@code SENDING} for longer
 * was interrupted. Keep it well above the SMTP time-outs
 * ({@code spring.mail.properties.mail.smtp.*timeout})
 */
@ConfigurationProperties("rapport.mail")
record NotificationSettings(@DefaultValue("Rapport <rapport@localhost>") String from, @DefaultValue("60") int perMinute,
		@DefaultValue("5000") int perDay, @DefaultValue("10s") Duration drainInterval,
		@DefaultValue("100") int batchSize, @DefaultValue("5") int maxAttempts,
		@DefaultValue("1m") Duration retryBackoff, @DefaultValue("6h") Duration maxBackoff,
		@DefaultValue("10m") Duration lease) {

	NotificationSettings {
		if (perMinute < 0 || perDay < 0 || batchSize < 1 || maxAttempts < 1) {
			throw new IllegalArgumentException(
					"rapport.mail.per-minute and per-day must not be negative, batch-size and max-attempts at least 1");
		}
	}

	/**
	 * How long to wait before the next attempt after a number of failed ones.
	 * @param attempts the attempts made so far, at least 1
	 * @return the wait: the back-off doubled for each attempt after the first, at most
	 * {@link #maxBackoff()}
	 */
	Duration backoffAfter(int attempts) {
		Duration wait = this.retryBackoff;
		for (int i = 1; i < attempts && wait.compareTo(this.maxBackoff) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return (wait.compareTo(this.maxBackoff) > 0) ? this.maxBackoff : wait;
	}

}
