package org.rapport.development;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.MovableClock;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.development.DevelopmentPlanDetails.Action;
import org.rapport.development.DevelopmentPlanDetails.Goal;
import org.rapport.directory.DirectoryManagement;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.NotFoundException;
import org.rapport.shared.StaleVersionException;
import org.rapport.shared.StateConflictException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Development plans: written by their person, read by their manager and by no one else,
 * refused input named by its field with nothing stored, check-ins at once all kept and a
 * goal changed over a stale version refused.
 */
@SpringBootTest(properties = "rapport.demo.enabled=false")
@Import(MovableClock.Configuration.class)
class DevelopmentPlansTests {

	@Autowired
	DevelopmentPlans plans;

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

	@Autowired
	MovableClock clock;

	RelationshipMother mother;

	long it;

	String manager;

	long managerId;

	String head;

	@BeforeEach
	void organisation() {
		this.mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		this.it = this.mother.itGroup("Plan IT");
		this.managerId = this.mother.person("Plan Manager", this.it, true, null);
		this.manager = login("manager", this.managerId, Role.IT_LEADER);
		this.head = login("head", this.mother.itPerson("Plan Head", this.it), Role.RELATIONSHIP_MANAGER);
	}

	@Test
	void thePersonWritesTheirPlanAndTheirManagerReadsItWhileColleaguesAndTheHeadFindNothing() {
		long adaId = this.mother.person("Plan Ada", this.it, true, this.managerId);
		String ada = login("ada", adaId, Role.IT_STAFF);
		String cole = login("cole", this.mother.person("Plan Cole", this.it, true, this.managerId), Role.IT_STAFF);
		TrainingSummary course = as(this.head,
				() -> this.trainings
					.add(new TrainingDraft(this.mother.named("Listening plans"), "Listening to partners.", true, null,
							TrainingFormat.WORKSHOP, 120, List.of("active-listening"), null)));

		assertThat(as(ada, () -> this.plans.mine())).isEmpty();
		Goal goal = as(ada, () -> this.plans.addGoal(goal("active-listening", 3, in(90))));
		assertThat(goal.state()).isEqualTo(GoalState.OPEN);
		assertThat(goal.progress()).isZero();
		Action training = as(ada, () -> this.plans.addAction(goal.id(),
				new PlanActionDraft(PlanActionKind.TRAINING, null, course.id(), null, in(30))));
		assertThat(training.description()).as("a training without a description takes the course's title")
			.isEqualTo(course.title());
		as(ada, () -> this.plans.addAction(goal.id(),
				new PlanActionDraft(PlanActionKind.PRACTICE, "Lead the next Finance review.", null, 42L, null)));
		as(ada, () -> this.plans.checkIn(goal.id(), new CheckInDraft(20, "Started.")));
		this.clock.advance(java.time.Duration.ofMinutes(5));
		as(ada, () -> this.plans.checkIn(goal.id(), new CheckInDraft(40, null)));
		as(ada, () -> this.plans.markAction(goal.id(), training.id(), true));

		DevelopmentPlanDetails mine = as(ada, () -> this.plans.mine()).orElseThrow();
		assertThat(mine.mine()).isTrue();
		Goal read = mine.goals().get(0);
		assertThat(read.progress()).as("the latest check-in").isEqualTo(40);
		assertThat(read.checkIns()).extracting(DevelopmentPlanDetails.CheckIn::progress).containsExactly(40, 20);
		assertThat(read.actions()).extracting(Action::kind, Action::done)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(PlanActionKind.TRAINING, true),
					org.assertj.core.groups.Tuple.tuple(PlanActionKind.PRACTICE, false));
		assertThat(read.actions().get(1).relationshipId()).isEqualTo(42L);

		// The manager reads it, read-only.
		assertThat(as(this.manager, () -> this.plans.visible())).extracting(DevelopmentPlanSummary::personId)
			.contains(adaId);
		DevelopmentPlanDetails managed = as(this.manager, () -> this.plans.plan(mine.id()));
		assertThat(managed.mine()).isFalse();
		assertThat(managed.goals().get(0).progress()).isEqualTo(40);
		assertThat(as(this.manager, () -> this.plans.planOf(adaId))).isPresent();
		assertThatThrownBy(() -> as(this.manager, () -> this.plans.checkIn(goal.id(), new CheckInDraft(90, null))))
			.isInstanceOf(AccessDeniedException.class);

		// A colleague and the head of relationship management find no such plan.
		for (String other : List.of(cole, this.head)) {
			assertThatThrownBy(() -> as(other, () -> this.plans.plan(mine.id()))).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> as(other, () -> this.plans.planOf(adaId))).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> as(other, () -> this.plans.checkIn(goal.id(), new CheckInDraft(90, null))))
				.isInstanceOf(NotFoundException.class);
			assertThat(as(other, () -> this.plans.visible())).extracting(DevelopmentPlanSummary::personId)
				.doesNotContain(adaId);
		}

		// Done: no more check-ins until it is opened again.
		Goal done = as(ada,
				() -> this.plans.changeGoal(goal.id(),
						new GoalDraft("active-listening", 3, "Partners feel heard.", goal.dueOn(), GoalState.DONE),
						goal.version()));
		assertThat(done.state()).isEqualTo(GoalState.DONE);
		assertThatThrownBy(() -> as(ada, () -> this.plans.checkIn(goal.id(), new CheckInDraft(100, null))))
			.isInstanceOf(StateConflictException.class);
	}

	@Test
	void badInputIsRefusedNamingItsFieldAndNothingIsStored() {
		String ada = login("bad", this.mother.person("Plan Bad", this.it, true, this.managerId), Role.IT_STAFF);
		long plansBefore = count("development_plan");
		assertGoalRefused(ada, new GoalDraft(null, 2, "Why.", in(10), null), "competency");
		assertGoalRefused(ada, new GoalDraft("no-such-skill", 2, "Why.", in(10), null), "competency");
		assertGoalRefused(ada, new GoalDraft("empathy", 0, "Why.", in(10), null), "targetLevel");
		assertGoalRefused(ada, new GoalDraft("empathy", 5, "Why.", in(10), null), "targetLevel");
		assertGoalRefused(ada, new GoalDraft("empathy", 2, "  ", in(10), null), "why");
		assertGoalRefused(ada, new GoalDraft("empathy", 2, "x".repeat(1001), in(10), null), "why");
		assertGoalRefused(ada, new GoalDraft("empathy", 2, "Why.", null, null), "dueOn");
		assertGoalRefused(ada, new GoalDraft("empathy", 2, "Why.", in(-1), null), "dueOn");
		assertThat(count("development_plan")).as("no plan started by a refused goal").isEqualTo(plansBefore);

		Goal goal = as(ada, () -> this.plans.addGoal(goal("empathy", 2, in(0))));
		long actions = count("development_plan_action");
		long checkIns = count("development_plan_check_in");
		assertActionRefused(ada, goal.id(), new PlanActionDraft(null, "Read.", null, null, null), "kind");
		assertActionRefused(ada, goal.id(), new PlanActionDraft(PlanActionKind.TRAINING, null, null, null, null),
				"trainingId");
		assertActionRefused(ada, goal.id(), new PlanActionDraft(PlanActionKind.TRAINING, null, 999_999L, null, null),
				"trainingId");
		assertActionRefused(ada, goal.id(), new PlanActionDraft(PlanActionKind.OTHER, " ", null, null, null),
				"description");
		assertActionRefused(ada, goal.id(), new PlanActionDraft(PlanActionKind.OTHER, "Read.", null, null, in(-3)),
				"dueOn");
		assertActionRefused(ada, goal.id(), new PlanActionDraft(PlanActionKind.PRACTICE, "Read.", null, -1L, null),
				"relationshipId");
		assertCheckInRefused(ada, goal.id(), new CheckInDraft(null, null), "progress");
		assertCheckInRefused(ada, goal.id(), new CheckInDraft(-1, null), "progress");
		assertCheckInRefused(ada, goal.id(), new CheckInDraft(101, null), "progress");
		assertCheckInRefused(ada, goal.id(), new CheckInDraft(50, "x".repeat(1001)), "note");
		assertThat(count("development_plan_action")).isEqualTo(actions);
		assertThat(count("development_plan_check_in")).isEqualTo(checkIns);

		// An account linked to no one has no plan to start.
		assertThatThrownBy(() -> SignedIn.asSystem(() -> this.plans.addGoal(goal("empathy", 2, in(5)))))
			.isInstanceOf(StateConflictException.class);
		assertThat(SignedIn.asSystem(() -> this.plans.visible())).isEmpty();
	}

	@Test
	void checkInsAtOnceAreAllKeptAndOnlyOneOfTwoChangesOverTheSameVersionIsStored() throws Exception {
		String ada = login("racer", this.mother.person("Plan Racer", this.it, true, this.managerId), Role.IT_STAFF);
		Goal goal = as(ada, () -> this.plans.addGoal(goal("influence", 2, in(60))));

		List<Object> checkIns = race(4,
				(i) -> as(ada, () -> this.plans.checkIn(goal.id(), new CheckInDraft(10 * i, "Check-in " + i))));
		assertThat(checkIns)
			.allSatisfy((outcome) -> assertThat(outcome).isInstanceOf(DevelopmentPlanDetails.CheckIn.class));
		assertThat(count("development_plan_check_in where goal_id = " + goal.id())).isEqualTo(4);

		List<Object> changes = race(2, (i) -> as(ada, () -> this.plans.changeGoal(goal.id(),
				new GoalDraft("influence", 2 + i, "Move decisions " + i + ".", goal.dueOn(), null), goal.version())));
		assertThat(changes).filteredOn(Goal.class::isInstance).hasSize(1);
		assertThat(changes).filteredOn(StaleVersionException.class::isInstance).hasSize(1);
		assertThat(this.jdbc.sql("select version from development_plan_goal where id = :id")
			.param("id", goal.id())
			.query(Long.class)
			.single()).isEqualTo(goal.version() + 1);
	}

	private List<Object> race(int callers, java.util.function.IntFunction<Object> call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(callers);
		List<Object> outcomes = new ArrayList<>();
		try {
			CyclicBarrier start = new CyclicBarrier(callers);
			List<Future<Object>> calls = new ArrayList<>();
			for (int i = 0; i < callers; i++) {
				int n = i;
				calls.add(pool.submit(() -> {
					start.await();
					return call.apply(n);
				}));
			}
			for (Future<Object> future : calls) {
				try {
					outcomes.add(future.get(60, TimeUnit.SECONDS));
				}
				catch (ExecutionException ex) {
					outcomes.add(ex.getCause());
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
		return outcomes;
	}

	private void assertGoalRefused(String login, GoalDraft draft, String field) {
		assertThatThrownBy(() -> as(login, () -> this.plans.addGoal(draft)))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.getField()).isEqualTo(field));
	}

	private void assertActionRefused(String login, long goal, PlanActionDraft draft, String field) {
		assertThatThrownBy(() -> as(login, () -> this.plans.addAction(goal, draft)))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.getField()).isEqualTo(field));
	}

	private void assertCheckInRefused(String login, long goal, CheckInDraft draft, String field) {
		assertThatThrownBy(() -> as(login, () -> this.plans.checkIn(goal, draft)))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.getField()).isEqualTo(field));
	}

	private static GoalDraft goal(String competency, int level, LocalDate due) {
		return new GoalDraft(competency, level, "Partners feel heard.", due, null);
	}

	private LocalDate in(int days) {
		return LocalDateTime.now(this.clock).toLocalDate().plusDays(days);
	}

	private String login(String name, long person, Role role) {
		String login = "plan-" + name + "-" + this.mother.run();
		this.mother.account(login, "plan-password-1", person, role);
		return login;
	}

	private long count(String from) {
		return this.jdbc.sql("select count(*) from " + from).query(Long.class).single();
	}

	private <T> T as(String login, Supplier<T> action) {
		return SignedIn.as(this.users, login, action);
	}

}
