package org.rapport.notifications;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.TestDatabaseInitializer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drains that run at once, in threads of their own as on two nodes, share the outbox: a
 * claim skips the rows another transaction holds instead of waiting for them, and every
 * email is sent exactly once. Run on PostgreSQL as well as H2.
 */
@SpringBootTest(properties = { "rapport.demo.enabled=false", "rapport.mail.per-minute=10000",
		"rapport.mail.per-day=100000", "rapport.mail.batch-size=1000" })
@Import(OutboxConcurrencyTests.Mail.class)
class OutboxConcurrencyTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@Autowired
	NotificationManagement notifications;

	@Autowired
	OutboxDrain drain;

	@Autowired
	Outbox outbox;

	@Autowired
	TestMailSender sender;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@BeforeEach
	void emptyOutbox() throws Exception {
		this.jdbc.sql("delete from notification_email").update();
		smtp.purgeEmailFromAllMailboxes();
		this.sender.handedOver.set(0);
	}

	@Test
	void twoDrainsAtOnceSendEveryEmailExactlyOnce() throws Exception {
		int count = 40;
		List<Email> emails = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			emails.add(new Email("person" + i + "@example.org", "Person " + i, "test",
					Map.of("name", "Person " + i, "message", "Hello"), "w-parallel", "k-parallel-" + i));
		}
		this.notifications.queue(emails);

		ExecutorService threads = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<OutboxDrain.Report>> runs = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				runs.add(threads.submit(() -> {
					start.await();
					return this.drain.drain();
				}));
			}
			start.countDown();
			int sent = 0;
			for (Future<OutboxDrain.Report> run : runs) {
				sent += run.get(60, TimeUnit.SECONDS).sent();
			}

			assertThat(sent).isEqualTo(count);
		}
		finally {
			threads.shutdownNow();
		}
		MimeMessage[] received = smtp.getReceivedMessages();
		Map<String, Long> perRecipient = Arrays.stream(received)
			.map((message) -> recipient(message))
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		assertThat(received).hasSize(count);
		assertThat(perRecipient).hasSize(count).allSatisfy((recipient, times) -> assertThat(times).isEqualTo(1));
		assertThat(this.sender.handedOver.get()).isEqualTo(count);
		assertThat(this.notifications.progress("w-parallel").sent()).isEqualTo(count);
	}

	@Test
	void aClaimSkipsTheRowAnotherTransactionHoldsInsteadOfWaiting() throws Exception {
		this.notifications.queue(List.of(new Email("one@example.org", null, "test", Map.of(), null, "k-skip-1"),
				new Email("two@example.org", null, "test", Map.of(), null, "k-skip-2")));
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<Optional<Outbox.Claim>> holder = threads.submit(() -> transaction.execute((status) -> {
				Optional<Outbox.Claim> claim = this.outbox.claimNext(java.time.LocalDateTime.now().plusYears(1),
						"holder");
				held.countDown();
				await(release);
				return claim;
			}));
			assertThat(held.await(20, TimeUnit.SECONDS)).isTrue();
			long started = System.nanoTime();
			Future<Optional<Outbox.Claim>> other = threads.submit(() -> transaction
				.execute((status) -> this.outbox.claimNext(java.time.LocalDateTime.now().plusYears(1), "other")));
			Optional<Outbox.Claim> otherClaim = other.get(20, TimeUnit.SECONDS);
			Duration waited = Duration.ofNanos(System.nanoTime() - started);
			release.countDown();
			Optional<Outbox.Claim> holderClaim = holder.get(20, TimeUnit.SECONDS);

			assertThat(holderClaim).isPresent();
			assertThat(waited).as("did not wait for the held row").isLessThan(Duration.ofSeconds(5));
			assertThat(otherClaim.map(Outbox.Claim::id)).isNotEqualTo(holderClaim.map(Outbox.Claim::id));
			if (TestDatabaseInitializer.postgresUrl() != null) {
				// H2 applies the limit before it skips locked rows and finds nothing.
				assertThat(otherClaim).as("the next free row").isPresent();
			}
		}
		finally {
			release.countDown();
			threads.shutdownNow();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(20, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static String recipient(MimeMessage message) {
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
			return new TestMailSender(() -> smtp.getSmtp().getPort(), () -> 0);
		}

	}

}
