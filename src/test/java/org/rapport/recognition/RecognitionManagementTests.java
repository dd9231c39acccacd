package org.rapport.recognition;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.directory.DirectoryManagement;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.StateConflictException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Kudos between colleagues in IT: given under the rules and read back on the feed, each
 * refusal naming its field and storing nothing, and an allowance of 10 points a month
 * that kudos given at once cannot overspend.
 */
@SpringBootTest(properties = { "rapport.demo.enabled=false", "rapport.recognition.monthly-allowance=10",
		"rapport.recognition.approval-above=5" })
@RecordApplicationEvents
class RecognitionManagementTests {

	@Autowired
	RecognitionManagement recognition;

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

	@Autowired
	ApplicationEvents events;

	RelationshipMother mother;

	long ada;

	long ben;

	long clerk;

	String adaLogin;

	String clerkLogin;

	@BeforeEach
	void twoColleaguesInItAndSomeoneOutside() {
		this.mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		long it = this.mother.itGroup("Kudos IT");
		long finance = this.mother.businessUnit("Kudos Finance");
		this.ada = this.mother.itPerson("Kudos Ada", it);
		this.ben = this.mother.itPerson("Kudos Ben", it);
		this.clerk = this.mother.outsider("Kudos Clerk", finance);
		this.adaLogin = "kudos-ada-" + this.mother.run();
		this.clerkLogin = "kudos-clerk-" + this.mother.run();
		this.mother.account(this.adaLogin, "ada-password-1", this.ada, Role.IT_STAFF);
		this.mother.account(this.clerkLogin, "clerk-password-1", this.clerk, Role.IT_STAFF);
	}

	@Test
	void kudosGoOnTheFeedAndThePersonsPageWithTheirValuesInOrder() {
		KudosSummary given = asAda(() -> this.recognition.give(new KudosDraft(this.ben,
				List.of("kept-a-promise", "listened", "listened"), "  Called Finance back the same day.  ", 3)));

		assertThat(given.giverId()).isEqualTo(this.ada);
		assertThat(given.recipientId()).isEqualTo(this.ben);
		assertThat(given.message()).isEqualTo("Called Finance back the same day.");
		assertThat(given.points()).isEqualTo(3);
		// The value list's order, each value once.
		assertThat(given.values()).extracting(RecognitionValue::key).containsExactly("listened", "kept-a-promise");
		assertThat(asAda(() -> this.recognition.feed(null, null, 5)).items().get(0)).isEqualTo(given);
		assertThat(asAda(() -> this.recognition.feed(this.ben, null, null)).items()).extracting(KudosSummary::id)
			.contains(given.id());
		assertThat(asAda(() -> this.recognition.feed(this.ada, null, null)).items()).extracting(KudosSummary::id)
			.doesNotContain(given.id());
		assertThat(asAda(() -> this.recognition.allowance())).isEqualTo(new Allowance(10, 3));
		assertThat(this.events.stream(KudosGiven.class)).singleElement().satisfies((event) -> {
			assertThat(event.kudosId()).isEqualTo(given.id());
			assertThat(event.values()).containsExactly("listened", "kept-a-promise");
			assertThat(event.points()).isEqualTo(3);
		});
	}

	@Test
	void badKudosAreRefusedNamingTheirFieldAndNothingIsStored() {
		long before = count();
		assertRefused(new KudosDraft(this.ada, List.of("listened"), "Me!", 0), "recipientId",
				"recognition.kudos.recipient.self");
		assertRefused(new KudosDraft(this.clerk, List.of("listened"), "Thanks", 0), "recipientId",
				"recognition.kudos.recipient.outsideIt");
		assertRefused(new KudosDraft(999_999L, List.of("listened"), "Thanks", 0), "recipientId",
				"recognition.kudos.recipient.unknown");
		assertRefused(new KudosDraft(this.ben, List.of(), "Thanks", 0), "values", "recognition.kudos.values.required");
		assertRefused(new KudosDraft(this.ben, List.of("listened", "was-nice"), "Thanks", 0), "values",
				"recognition.kudos.values.unknown");
		assertRefused(new KudosDraft(this.ben, List.of("listened"), "   ", 0), "message",
				"recognition.kudos.message.required");
		assertRefused(new KudosDraft(this.ben, List.of("listened"), "x".repeat(1001), 0), "message",
				"recognition.kudos.message.tooLong");
		assertRefused(new KudosDraft(this.ben, List.of("listened"), "Thanks", -1), "points",
				"recognition.kudos.points.negative");
		assertRefused(new KudosDraft(this.ben, List.of("listened"), "Thanks", 11), "points",
				"recognition.kudos.points.over");
		assertThat(count()).isEqualTo(before);
		assertThat(asAda(() -> this.recognition.allowance()).spent()).isZero();

		// Someone outside IT, or an account that is no one, gives no kudos.
		assertThatThrownBy(() -> SignedIn.as(this.users, this.clerkLogin,
				() -> this.recognition.give(new KudosDraft(this.ben, List.of("listened"), "Thanks", 0))))
			.isInstanceOfSatisfying(StateConflictException.class,
					(ex) -> assertThat(ex.getCode()).isEqualTo("recognition.kudos.giver.outsideIt"));
		assertThatThrownBy(() -> SignedIn
			.asSystem(() -> this.recognition.give(new KudosDraft(this.ben, List.of("listened"), "Thanks", 0))))
			.isInstanceOfSatisfying(StateConflictException.class,
					(ex) -> assertThat(ex.getCode()).isEqualTo("recognition.kudos.giver.none"));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void theAllowanceIsPerMonthAndDoesNotRollOver() {
		// Last month's ten points, all given, leave this month's ten untouched.
		this.jdbc.sql("insert into recognition_allowance (person_id, in_month, spent) values (:person, :month, 10)")
			.param("person", this.ada)
			.param("month", YearMonth.now().minusMonths(1).toString())
			.update();

		asAda(() -> this.recognition.give(new KudosDraft(this.ben, List.of("listened"), "One", 6)));

		assertThatThrownBy(
				() -> asAda(() -> this.recognition.give(new KudosDraft(this.ben, List.of("listened"), "Two", 5))))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
				assertThat(ex.getField()).isEqualTo("points");
				assertThat(ex.getArguments()).containsExactly(5, 4, 10);
			});
		asAda(() -> this.recognition.give(new KudosDraft(this.ben, List.of("listened"), "Three", 4)));
		assertThat(asAda(() -> this.recognition.allowance())).isEqualTo(new Allowance(10, 10));
		// Kudos without points are always possible.
		asAda(() -> this.recognition.give(new KudosDraft(this.ben, List.of("listened"), "Four", null)));
	}

	@Test
	void pointsAboveTheApprovalLineWaitForTheHeadAndComeBackWhenDeclined() {
		KudosSummary declined = asAda(
				() -> this.recognition.give(new KudosDraft(this.ben, List.of("listened"), "Seven points", 7)));
		assertThat(declined.state()).isEqualTo(KudosState.PENDING);
		assertThat(asAda(() -> this.recognition.feed(this.ben, null, null)).items()).extracting(KudosSummary::id)
			.doesNotContain(declined.id());
		assertThat(this.events.stream(KudosGiven.class)).isEmpty();
		assertThat(asAda(() -> this.recognition.allowance()).spent()).isEqualTo(7);
		assertThatThrownBy(() -> asAda(() -> this.recognition.decide(declined.id(), true)))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

		asHead(() -> this.recognition.decide(declined.id(), false));
		assertThat(asAda(() -> this.recognition.allowance()).spent()).as("points back").isZero();

		KudosSummary approved = asAda(
				() -> this.recognition.give(new KudosDraft(this.ben, List.of("listened"), "Eight points", 8)));
		assertThat(asHead(() -> this.recognition.pending())).extracting(KudosSummary::id).contains(approved.id());
		KudosSummary decided = asHead(() -> this.recognition.decide(approved.id(), true));

		assertThat(decided.state()).isEqualTo(KudosState.GIVEN);
		assertThat(asAda(() -> this.recognition.feed(this.ben, null, null)).items()).extracting(KudosSummary::id)
			.contains(approved.id())
			.doesNotContain(declined.id());
		assertThat(this.events.stream(KudosGiven.class)).singleElement()
			.satisfies((event) -> assertThat(event.points()).isEqualTo(8));
		assertThat(asAda(() -> this.recognition.allowance()).spent()).isEqualTo(8);
		assertThatThrownBy(() -> asHead(() -> this.recognition.decide(approved.id(), false))).isInstanceOfSatisfying(
				StateConflictException.class, (ex) -> assertThat(ex.getCode()).isEqualTo("recognition.kudos.decided"));
	}

	@Test
	void twoDecisionsOnTheSameKudosAtOnceTakeOne() throws Exception {
		KudosSummary pending = asAda(
				() -> this.recognition.give(new KudosDraft(this.ben, List.of("listened"), "Racing", 9)));
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			CyclicBarrier start = new CyclicBarrier(2);
			List<Future<Boolean>> decisions = new ArrayList<>();
			for (boolean approve : List.of(true, false)) {
				decisions.add(pool.submit(() -> {
					start.await();
					try {
						asHead(() -> this.recognition.decide(pending.id(), approve));
						return true;
					}
					catch (StateConflictException ex) {
						return false;
					}
				}));
			}
			int taken = 0;
			for (Future<Boolean> decision : decisions) {
				taken += decision.get(60, TimeUnit.SECONDS) ? 1 : 0;
			}
			assertThat(taken).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
		String state = this.jdbc.sql("select state from recognition_kudos where id = :id")
			.param("id", pending.id())
			.query(String.class)
			.single();
		// Approved, the points stay spent; declined, they came back once.
		assertThat(asAda(() -> this.recognition.allowance()).spent()).isEqualTo(state.equals("GIVEN") ? 9 : 0);
	}

	@Test
	void kudosGivenAtOnceNeverSpendMoreThanTheAllowance() throws Exception {
		int threads = 4;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long before = count();
		try {
			CyclicBarrier start = new CyclicBarrier(threads);
			List<Future<Boolean>> gifts = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				int n = i;
				gifts.add(pool.submit(() -> {
					start.await();
					try {
						asAda(() -> this.recognition
							.give(new KudosDraft(this.ben, List.of("listened"), "At once " + n, 4)));
						return true;
					}
					catch (InvalidInputException ex) {
						assertThat(ex.getField()).isEqualTo("points");
						return false;
					}
				}));
			}
			int given = 0;
			for (Future<Boolean> gift : gifts) {
				given += gift.get(60, TimeUnit.SECONDS) ? 1 : 0;
			}
			assertThat(given).isEqualTo(2);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(count() - before).isEqualTo(2);
		assertThat(asAda(() -> this.recognition.allowance())).isEqualTo(new Allowance(10, 8));
	}

	private void assertRefused(KudosDraft draft, String field, String code) {
		assertThatThrownBy(() -> asAda(() -> this.recognition.give(draft)))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
				assertThat(ex.getField()).isEqualTo(field);
				assertThat(ex.getCode()).isEqualTo(code);
			});
	}

	private <T> T asHead(java.util.function.Supplier<T> action) {
		return SignedIn.withRole("head", Role.RELATIONSHIP_MANAGER, action);
	}

	private <T> T asAda(java.util.function.Supplier<T> action) {
		return SignedIn.as(this.users, this.adaLogin, action);
	}

	private long count() {
		return this.jdbc.sql("select count(*) from recognition_kudos").query(Long.class).single();
	}

}
