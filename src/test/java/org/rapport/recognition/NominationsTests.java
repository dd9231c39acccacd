package org.rapport.recognition;

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
import org.rapport.shared.AlreadyExistsException;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.NotFoundException;
import org.rapport.shared.StateConflictException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Nominations for the awards of the quarter: made by colleagues in IT under the rules,
 * decided by the head of relationship management with the nominee's scorecard kept as
 * evidence, one award per quarter even when two approvals race, and each nomination seen
 * only by those it concerns until it is awarded.
 */
@SpringBootTest(properties = "rapport.demo.enabled=false")
@RecordApplicationEvents
class NominationsTests {

	@Autowired
	Nominations nominations;

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

	long ada;

	long ben;

	long cleo;

	long clerk;

	String adaLogin;

	String benLogin;

	String brmLogin;

	@BeforeEach
	void colleagues() {
		this.jdbc.sql("delete from recognition_award_winner").update();
		RelationshipMother mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		long it = mother.itGroup("Award IT");
		this.ada = mother.itPerson("Award Ada", it);
		this.ben = mother.itPerson("Award Ben", it);
		this.cleo = mother.itPerson("Award Cleo", it);
		this.clerk = mother.outsider("Award Clerk", mother.businessUnit("Award Finance"));
		this.adaLogin = "award-ada-" + mother.run();
		this.benLogin = "award-ben-" + mother.run();
		this.brmLogin = "award-brm-" + mother.run();
		mother.account(this.adaLogin, "ada-password-1", this.ada, Role.IT_STAFF);
		mother.account(this.benLogin, "ben-password-1", this.ben, Role.IT_STAFF);
		mother.account(this.brmLogin, "brm-password-1", mother.itPerson("Award Head", it), Role.RELATIONSHIP_MANAGER);
	}

	@Test
	void aNominationIsApprovedWithTheNomineesScorecardAsEvidence() {
		NominationSummary nominated = as(this.adaLogin, () -> this.nominations
			.nominate(new NominationDraft("relationship-builder", this.ben, "Won back Legal's trust in a quarter.")));
		assertThat(nominated.state()).isEqualTo(NominationState.SUBMITTED);
		assertThat(nominated.evidence()).isNull();
		// Ben does not see a nomination he did not make until it is awarded.
		assertThatThrownBy(() -> as(this.benLogin, () -> this.nominations.nomination(nominated.id())))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> as(this.adaLogin,
				() -> this.nominations.decide(nominated.id(),
						new NominationDecision(NominationState.APPROVED, null, null))))
			.isInstanceOf(AccessDeniedException.class);

		NominationSummary approved = as(this.brmLogin, () -> this.nominations.decide(nominated.id(),
				new NominationDecision(NominationState.APPROVED, "Well earned.", nominated.version())));

		assertThat(approved.state()).isEqualTo(NominationState.APPROVED);
		assertThat(approved.decidedBy()).isEqualTo(this.brmLogin);
		assertThat(approved.decisionNote()).isEqualTo("Well earned.");
		assertThat(approved.evidence()).isNotNull().satisfies((evidence) -> {
			assertThat(evidence.scope()).isEqualTo(ScorecardScope.PERSON);
			assertThat(evidence.id()).isEqualTo(this.ben);
			assertThat(evidence.figures()).hasSize(7);
		});
		assertThat(as(this.benLogin, () -> this.nominations.nomination(nominated.id())).state())
			.isEqualTo(NominationState.APPROVED);
		assertThat(this.events.stream(NominationApproved.class)).singleElement()
			.satisfies((event) -> assertThat(event.nomineeId()).isEqualTo(this.ben));
		assertThatThrownBy(() -> as(this.brmLogin,
				() -> this.nominations.decide(nominated.id(),
						new NominationDecision(NominationState.DECLINED, null, null))))
			.isInstanceOfSatisfying(StateConflictException.class,
					(ex) -> assertThat(ex.getCode()).isEqualTo("recognition.nomination.decided"));
	}

	@Test
	void badNominationsAreRefusedNamingTheirFieldAndNothingIsStored() {
		long before = count();
		assertRefused(new NominationDraft("relationship-builder", this.ada, "Me"), "nomineeId");
		assertRefused(new NominationDraft("relationship-builder", this.clerk, "Outside"), "nomineeId");
		assertRefused(new NominationDraft("best-dressed", this.ben, "Hm"), "awardKey");
		assertRefused(new NominationDraft("relationship-builder", this.ben, "  "), "reason");
		assertThat(count()).isEqualTo(before);
		as(this.adaLogin, () -> this.nominations
			.nominate(new NominationDraft("promise-keeper", this.ben, "Kept every promise to Finance.")));
		assertThatThrownBy(() -> as(this.adaLogin,
				() -> this.nominations.nominate(new NominationDraft("promise-keeper", this.ben, "Again"))))
			.isInstanceOfSatisfying(AlreadyExistsException.class,
					(ex) -> assertThat(ex.getField()).isEqualTo("nomineeId"));
		assertThat(count()).isEqualTo(before + 1);
	}

	@Test
	void twoApprovalsOfOneAwardAtOnceGiveItOnce() throws Exception {
		long forBen = as(this.adaLogin, () -> this.nominations
			.nominate(new NominationDraft("relationship-builder", this.ben, "Ben, for Legal."))).id();
		long forCleo = as(this.adaLogin, () -> this.nominations
			.nominate(new NominationDraft("relationship-builder", this.cleo, "Cleo, for Sales."))).id();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			CyclicBarrier start = new CyclicBarrier(2);
			List<Future<Boolean>> approvals = new ArrayList<>();
			for (long id : List.of(forBen, forCleo)) {
				approvals.add(pool.submit(() -> {
					start.await();
					try {
						as(this.brmLogin, () -> this.nominations.decide(id,
								new NominationDecision(NominationState.APPROVED, null, null)));
						return true;
					}
					catch (StateConflictException ex) {
						assertThat(ex.getCode()).isEqualTo("recognition.nomination.awarded");
						return false;
					}
				}));
			}
			int given = 0;
			for (Future<Boolean> approval : approvals) {
				given += approval.get(60, TimeUnit.SECONDS) ? 1 : 0;
			}
			assertThat(given).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(
				this.jdbc.sql("select count(*) from recognition_nomination where id in (:ids) and state = 'APPROVED'")
					.param("ids", List.of(forBen, forCleo))
					.query(Long.class)
					.single())
			.isEqualTo(1);
	}

	private void assertRefused(NominationDraft draft, String field) {
		assertThatThrownBy(() -> as(this.adaLogin, () -> this.nominations.nominate(draft)))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.getField()).isEqualTo(field));
	}

	private <T> T as(String login, java.util.function.Supplier<T> action) {
		return SignedIn.as(this.users, login, action);
	}

	private long count() {
		return this.jdbc.sql("select count(*) from recognition_nomination").query(Long.class).single();
	}

}
