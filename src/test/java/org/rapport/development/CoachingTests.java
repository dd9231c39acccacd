package org.rapport.development;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.PersonDraft;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;
import org.rapport.shared.AlreadyExistsException;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.NotFoundException;
import org.rapport.shared.StaleVersionException;
import org.rapport.shared.StateConflictException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Coaching: engagements set up by those who steer and by the coachee's managers alone,
 * refusals that name their field and store nothing, one active engagement per pair,
 * session notes read by coach and coachee and by no one else, an ending that needs an
 * outcome, closes the engagement to sessions and happens once when two race.
 */
@SpringBootTest(properties = "rapport.demo.enabled=false")
class CoachingTests {

	private static final String NOTE = "Talked through the budget fight with Sales";

	@Autowired
	Coaching coaching;

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

	RelationshipMother mother;

	String run;

	long unit;

	long boss;

	long ada;

	long coach;

	long colleague;

	long noEmail;

	long outsider;

	@BeforeEach
	void people() {
		this.mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		this.run = UUID.randomUUID().toString().substring(0, 8);
		this.unit = this.mother.itGroup("Coaching IT");
		this.boss = person("Boss", null, true, true);
		this.ada = person("Ada", this.boss, true, true);
		this.coach = person("Coach", null, false, true);
		this.colleague = person("Colleague", null, true, true);
		this.noEmail = person("Nomail", null, true, false);
		this.outsider = person("Outsider", null, false, true);
		this.mother.account("head-" + this.run, "head-password-1", person("Head", null, true, true),
				Role.RELATIONSHIP_MANAGER);
	}

	@Test
	void theCoacheesManagerOrASteererSetsItUpAndNoColleague() {
		CoachingSummary engagement = as(this.boss, () -> this.coaching.setUp(draft(this.coach, this.ada)));

		assertThat(engagement.state()).isEqualTo(CoachingState.ACTIVE);
		assertThat(engagement.view()).isEqualTo(CoachingView.MANAGER);
		assertThat(engagement.goals()).extracting(CoachingGoal::competencyKey).containsExactly("empathy");
		assertThat(engagement.startedOn()).isEqualTo(LocalDate.now());
		assertThatThrownBy(() -> as(this.colleague, () -> this.coaching.setUp(draft(this.coach, this.boss))))
			.isInstanceOf(AccessDeniedException.class);
		CoachingSummary byHead = asHead(() -> this.coaching.setUp(draft(this.colleague, this.boss)));
		assertThat(byHead.view()).isEqualTo(CoachingView.COVERAGE);
		assertThat(byHead.goals()).isEmpty();
	}

	@Test
	void refusalsNameTheirFieldAndStoreNothing() {
		long before = engagements();
		assertRefused(new CoachingDraft(null, this.ada, null, goals()), "coachId", "development.coaching.person");
		assertRefused(new CoachingDraft(999_999L, this.ada, null, goals()), "coachId", "development.coaching.person");
		assertRefused(draft(this.ada, this.ada), "coacheeId", "development.coaching.self");
		assertRefused(draft(this.noEmail, this.ada), "coachId", "development.coaching.email");
		assertRefused(draft(this.coach, this.outsider), "coacheeId", "development.coaching.coachee.outsideIt");
		assertRefused(new CoachingDraft(this.coach, this.ada, LocalDate.now().plusDays(1), goals()), "startedOn",
				"development.coaching.startedOn");
		assertRefused(new CoachingDraft(this.coach, this.ada, null, List.of()), "goals", "development.coaching.goals");
		assertRefused(new CoachingDraft(this.coach, this.ada, null, List.of(new CoachingGoalDraft("empathy", " "))),
				"goals", "development.coaching.goal");
		assertRefused(
				new CoachingDraft(this.coach, this.ada, null, List.of(new CoachingGoalDraft("no-such-skill", "Grow"))),
				"goals", "development.coaching.competency");
		assertThat(engagements()).isEqualTo(before);

		asHead(() -> this.coaching.setUp(draft(this.coach, this.ada)));
		assertThatThrownBy(() -> asHead(() -> this.coaching.setUp(draft(this.coach, this.ada)))).isInstanceOfSatisfying(
				AlreadyExistsException.class, (ex) -> assertThat(ex.getField()).isEqualTo("coacheeId"));
		// One engagement with its one goal.
		assertThat(engagements()).isEqualTo(before + 2);
	}

	@Test
	void sessionNotesAreReadByCoachAndCoacheeAloneAndLeakNowhereElse() {
		long id = asHead(() -> this.coaching.setUp(draft(this.coach, this.ada))).id();
		as(this.coach, () -> this.coaching.logSession(id, new CoachingSessionDraft(LocalDate.now(), NOTE)));

		CoachingSummary byCoachee = as(this.ada, () -> this.coaching.engagement(id));
		assertThat(byCoachee.view()).isEqualTo(CoachingView.PARTY);
		assertThat(byCoachee.sessions()).extracting(CoachingSession::note).containsExactly(NOTE);
		assertThat(as(this.ada, () -> this.coaching.engagements()))
			.anySatisfy((e) -> assertThat(e.sessions()).extracting(CoachingSession::note).containsExactly(NOTE));

		CoachingSummary byManager = as(this.boss, () -> this.coaching.engagement(id));
		assertThat(byManager.view()).isEqualTo(CoachingView.MANAGER);
		assertThat(byManager.goals()).isNotEmpty();
		assertThat(byManager.toString()).doesNotContain(NOTE);
		CoachingSummary byHead = asHead(() -> this.coaching.engagement(id));
		assertThat(byHead.view()).isEqualTo(CoachingView.COVERAGE);
		assertThat(byHead.state()).isEqualTo(CoachingState.ACTIVE);
		assertThat(byHead.toString()).doesNotContain(NOTE).doesNotContain("Calmer reviews");
		assertThat(SignedIn.asSystem(() -> this.coaching.engagement(id)).toString()).doesNotContain(NOTE);
		assertThat(asHead(() -> this.coaching.engagements()).toString()).doesNotContain(NOTE)
			.contains("Ada " + this.run);
		assertThat(SignedIn.asSystem(() -> this.coaching.engagements()).toString()).doesNotContain(NOTE);
		assertThat(as(this.boss, () -> this.coaching.engagements()).toString()).doesNotContain(NOTE);

		assertThatThrownBy(() -> as(this.colleague, () -> this.coaching.engagement(id)))
			.isInstanceOf(NotFoundException.class);
		assertThat(as(this.colleague, () -> this.coaching.engagements())).noneMatch((e) -> e.id() == id);
		// Neither the manager nor those who steer log sessions or end it.
		assertThatThrownBy(() -> as(this.boss,
				() -> this.coaching.logSession(id, new CoachingSessionDraft(LocalDate.now(), "Mine"))))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> asHead(() -> this.coaching.end(id, new CoachingEnding("Done", null))))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void aSessionNeedsADayNotAheadAndANote() {
		long id = asHead(() -> this.coaching.setUp(draft(this.coach, this.ada))).id();
		assertThatThrownBy(() -> as(this.ada,
				() -> this.coaching.logSession(id, new CoachingSessionDraft(LocalDate.now().plusDays(1), NOTE))))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.getField()).isEqualTo("heldOn"));
		assertThatThrownBy(
				() -> as(this.ada, () -> this.coaching.logSession(id, new CoachingSessionDraft(LocalDate.now(), ""))))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.getField()).isEqualTo("note"));
		assertThat(as(this.ada, () -> this.coaching.engagement(id)).sessions()).isEmpty();
	}

	@Test
	void endingNeedsAnOutcomeAndAnEndedEngagementTakesNoSessions() {
		CoachingSummary engagement = asHead(() -> this.coaching.setUp(draft(this.coach, this.ada)));
		long id = engagement.id();
		assertThatThrownBy(() -> as(this.coach, () -> this.coaching.end(id, new CoachingEnding("  ", null))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getField()).isEqualTo("outcome"));
		assertThatThrownBy(
				() -> as(this.coach, () -> this.coaching.end(id, new CoachingEnding("Done", engagement.version() + 5))))
			.isInstanceOf(StaleVersionException.class);

		CoachingSummary ended = as(this.ada, () -> this.coaching.end(id, new CoachingEnding("I lead reviews.", null)));
		assertThat(ended.state()).isEqualTo(CoachingState.ENDED);
		assertThat(ended.outcome()).isEqualTo("I lead reviews.");
		assertThat(ended.endedOn()).isEqualTo(LocalDate.now());
		assertThatThrownBy(() -> as(this.coach,
				() -> this.coaching.logSession(id, new CoachingSessionDraft(LocalDate.now(), NOTE))))
			.isInstanceOfSatisfying(StateConflictException.class,
					(ex) -> assertThat(ex.getCode()).isEqualTo("development.coaching.ended"));
		// Once ended, the two may start again.
		assertThat(asHead(() -> this.coaching.setUp(draft(this.coach, this.ada))).state())
			.isEqualTo(CoachingState.ACTIVE);
	}

	@Test
	void twoEndingsAtOnceEndOnce() throws Exception {
		long id = asHead(() -> this.coaching.setUp(draft(this.coach, this.ada))).id();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			CyclicBarrier start = new CyclicBarrier(2);
			List<Future<Boolean>> endings = new ArrayList<>();
			for (long person : List.of(this.coach, this.ada)) {
				endings.add(pool.submit(() -> {
					start.await();
					try {
						as(person, () -> this.coaching.end(id, new CoachingEnding("Ended by " + person, null)));
						return true;
					}
					catch (StateConflictException ex) {
						assertThat(ex.getCode()).isEqualTo("development.coaching.ended");
						return false;
					}
				}));
			}
			int ended = 0;
			for (Future<Boolean> ending : endings) {
				ended += ending.get(60, TimeUnit.SECONDS) ? 1 : 0;
			}
			assertThat(ended).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.sql("select version from development_coaching where id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private void assertRefused(CoachingDraft draft, String field, String code) {
		assertThatThrownBy(() -> asHead(() -> this.coaching.setUp(draft)))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
				assertThat(ex.getField()).isEqualTo(field);
				assertThat(ex.getCode()).isEqualTo(code);
			});
	}

	private static CoachingDraft draft(long coach, long coachee) {
		return new CoachingDraft(coach, coachee, null, goals());
	}

	private static List<CoachingGoalDraft> goals() {
		return List.of(new CoachingGoalDraft("empathy", "Calmer reviews with Sales"));
	}

	private long engagements() {
		return this.jdbc.sql("select count(*) from development_coaching").query(Long.class).single()
				+ this.jdbc.sql("select count(*) from development_coaching_goal").query(Long.class).single();
	}

	private long person(String name, Long manager, boolean inIt, boolean withEmail) {
		String email = withEmail ? name.toLowerCase() + "." + this.run + "@example.org" : null;
		long id = SignedIn.asSystem(() -> this.directory
			.createPerson(new PersonDraft(name + " " + this.run, null, email, null, this.unit, manager, inIt, null))
			.id());
		if (!name.equals("Head")) {
			this.mother.account("coaching-" + id, "person-password-1", id, Role.IT_STAFF);
		}
		return id;
	}

	private <T> T as(long person, Supplier<T> action) {
		return SignedIn.as(this.users, "coaching-" + person, action);
	}

	private <T> T asHead(Supplier<T> action) {
		return SignedIn.as(this.users, "head-" + this.run, action);
	}

}
