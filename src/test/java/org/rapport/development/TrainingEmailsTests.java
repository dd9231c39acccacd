package org.rapport.development;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rapport.FreePort;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.PersonDraft;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The person first on a training session's waiting list is emailed, through the outbox
 * and over SMTP (GreenMail), when a cancelled seat becomes theirs; someone leaving the
 * waiting list frees no seat and tells no one.
 */
@SpringBootTest(properties = { "rapport.demo.enabled=false", "spring.mail.host=localhost",
		"rapport.mail.drain-interval=1s", "db-scheduler.enabled=true", "db-scheduler.polling-interval=1s",
		"rapport.base-url=https://rapport.example.com/" })
class TrainingEmailsTests {

	static final int SMTP_PORT = FreePort.next();

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP));

	@Autowired
	Trainings trainings;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	RelationshipManagement relationships;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@Test
	void theFirstWaitingIsEmailedOnceWhenACancelledSeatBecomesTheirsAndNobodyWhenOneWaitingLeaves() throws Exception {
		RelationshipMother mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		long it = mother.itGroup("Seat IT");
		String head = "seat-head-" + mother.run();
		mother.account(head, "head-password-1", mother.itPerson("Seat Head", it), Role.RELATIONSHIP_MANAGER);
		String title = mother.named("Listening that builds trust");
		TrainingSummary course = as(head,
				() -> this.trainings.add(new TrainingDraft(title, "Practice with partners' real cases.", true, null,
						TrainingFormat.WORKSHOP, 180, List.of("active-listening"), null)));
		LocalDateTime starts = LocalDateTime.now().plusDays(7).withHour(9).withMinute(30).withSecond(0).withNano(0);
		TrainingSessionSummary session = as(head, () -> this.trainings.schedule(course.id(),
				new TrainingSessionDraft(starts, starts.plusHours(3), "Room 4", null, 1)));
		String ada = colleague(mother, it, "ada");
		String ben = colleague(mother, it, "ben");
		String cleo = colleague(mother, it, "cleo");
		EnrolmentSummary adaIn = as(ada, () -> this.trainings.enrol(course.id(), session.id()));
		EnrolmentSummary benWaits = as(ben, () -> this.trainings.enrol(course.id(), session.id()));
		EnrolmentSummary cleoWaits = as(cleo, () -> this.trainings.enrol(course.id(), session.id()));
		List<String> everyone = List.of(email(ada), email(ben), email(cleo));

		// Cleo leaves the waiting list: no seat is freed, nobody is told.
		as(cleo, () -> this.trainings.cancel(course.id(), cleoWaits.id()));
		assertThat(queued(everyone)).isZero();

		// Ada cancels: Ben, first in line, has her seat and is told.
		as(ada, () -> this.trainings.cancel(course.id(), adaIn.id()));
		assertThat(as(ben, () -> this.trainings.mine())).singleElement()
			.satisfies((mine) -> assertThat(mine.id()).isEqualTo(benWaits.id()))
			.satisfies((mine) -> assertThat(mine.state()).isEqualTo(EnrolmentState.ENROLLED));
		assertThat(queued(everyone)).isOne();
		await().atMost(Duration.ofSeconds(30)).until(() -> !to(everyone).isEmpty());
		List<MimeMessage> received = to(everyone);
		assertThat(received).hasSize(1);
		assertThat(received.get(0).getAllRecipients()).singleElement()
			.satisfies((r) -> assertThat(((InternetAddress) r).getAddress()).isEqualTo(email(ben)));
		assertThat(received.get(0).getSubject()).contains(title);
		assertThat(GreenMailUtil.getBody(received.get(0))).contains(title)
			.contains(starts.getDayOfMonth() + " ")
			.contains("09:30")
			.contains("https://rapport.example.com/development/trainings/" + course.id());
	}

	@Test
	void cancellationsAtOnceSeatEachWaitingPersonOnceAndEmailThemOnce() throws Exception {
		RelationshipMother mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		long it = mother.itGroup("Seat race IT");
		String head = "seat-race-head-" + mother.run();
		mother.account(head, "head-password-1", mother.itPerson("Seat Race Head", it), Role.RELATIONSHIP_MANAGER);
		TrainingSummary course = as(head, () -> this.trainings.add(new TrainingDraft(mother.named("Saying no kindly"),
				"Role play.", true, null, TrainingFormat.WORKSHOP, 120, List.of("handling-conflict"), null)));
		LocalDateTime starts = LocalDateTime.now().plusDays(9).withHour(14).withMinute(0).withSecond(0).withNano(0);
		TrainingSessionSummary session = as(head, () -> this.trainings.schedule(course.id(),
				new TrainingSessionDraft(starts, starts.plusHours(2), "Room 2", null, 2)));
		List<String> seated = List.of(colleague(mother, it, "eve"), colleague(mother, it, "finn"));
		List<String> waiting = List.of(colleague(mother, it, "gus"), colleague(mother, it, "hana"));
		List<EnrolmentSummary> seats = seated.stream()
			.map((login) -> as(login, () -> this.trainings.enrol(course.id(), session.id())))
			.toList();
		waiting.forEach((login) -> as(login, () -> this.trainings.enrol(course.id(), session.id())));

		// Both seated cancel at once, and each sends their cancellation twice.
		java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
		List<Object> outcomes = org.rapport.AtOnce.run(4, () -> {
			int n = next.getAndIncrement() % 2;
			return as(seated.get(n), () -> this.trainings.cancel(course.id(), seats.get(n).id()));
		});

		assertThat(outcomes).filteredOn(EnrolmentSummary.class::isInstance).hasSize(2);
		assertThat(outcomes).filteredOn(org.rapport.shared.StateConflictException.class::isInstance).hasSize(2);
		for (String login : waiting) {
			assertThat(as(login, () -> this.trainings.mine())).singleElement()
				.satisfies((mine) -> assertThat(mine.state()).isEqualTo(EnrolmentState.ENROLLED));
			assertThat(queued(List.of(email(login)))).isOne();
		}
		assertThat(queued(seated.stream().map(TrainingEmailsTests::email).toList())).isZero();
		assertThat(this.jdbc.sql("select seats_taken from development_session where id = :id")
			.param("id", session.id())
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	/** The seat emails queued to these addresses. */
	private long queued(List<String> addresses) {
		return this.jdbc.sql("""
				select count(*) from notification_email
				where template = 'development/training-seat' and recipient in (:addresses)
				""").param("addresses", addresses).query(Long.class).single();
	}

	/** The emails GreenMail received for these addresses. */
	private static List<MimeMessage> to(List<String> addresses) {
		return Stream.of(smtp.getReceivedMessages()).filter((message) -> {
			try {
				return Stream.of(message.getAllRecipients())
					.anyMatch((r) -> addresses.contains(((InternetAddress) r).getAddress()));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private String colleague(RelationshipMother mother, long it, String name) {
		String login = "seat-" + name + "-" + mother.run();
		long person = SignedIn.asSystem(() -> this.directory
			.createPerson(new PersonDraft(mother.named("Seat " + name), null, email(login), null, it, null, true, null))
			.id());
		mother.account(login, "colleague-password-1", person, Role.IT_STAFF);
		return login;
	}

	private static String email(String login) {
		return login.toLowerCase(Locale.ROOT) + "@example.org";
	}

	private <T> T as(String login, Supplier<T> action) {
		return SignedIn.as(this.users, login, action);
	}

}
