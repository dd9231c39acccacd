package org.rapport.recognition;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.AtOnce;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.commitments.CommitmentDraft;
import org.rapport.commitments.CommitmentManagement;
import org.rapport.directory.DirectoryManagement;
import org.rapport.interactions.InteractionDraft;
import org.rapport.interactions.InteractionManagement;
import org.rapport.interactions.InteractionType;
import org.rapport.relationships.RelationshipDraft;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;
import org.rapport.relationships.Tier;
import org.rapport.shared.AlreadyExistsException;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.NotFoundException;
import org.rapport.shared.StateConflictException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Goals of this quarter for an owner of two relationships, one strategic and reviewed
 * this quarter, with two commitments due at its start, one kept on its day and one still
 * open: commitments kept on time 50 % against a target of 90 is 56 % of the way; business
 * reviews with every strategic partner are met; a goal followed by check-ins stands where
 * its latest check-in says. Ended quarters and others' goals are refused.
 */
@SpringBootTest(properties = "rapport.demo.enabled=false")
class GoalsTests {

	@Autowired
	Goals goals;

	@Autowired
	Scorecards scorecards;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	RelationshipManagement relationships;

	@Autowired
	InteractionManagement interactions;

	@Autowired
	CommitmentManagement commitments;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	long group;

	long owner;

	String ownerLogin;

	String colleagueLogin;

	String leaderLogin;

	@BeforeEach
	void anOwnerThisQuarter() {
		RelationshipMother mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		ScorecardPeriod quarter = this.scorecards.currentPeriod();
		this.group = mother.itGroup("Goal Apps");
		this.owner = mother.itPerson("Goal Owner", this.group);
		this.ownerLogin = "goal-owner-" + mother.run();
		this.colleagueLogin = "goal-colleague-" + mother.run();
		this.leaderLogin = "goal-leader-" + mother.run();
		mother.account(this.ownerLogin, "owner-password-1", this.owner, Role.IT_STAFF);
		mother.account(this.colleagueLogin, "colleague-password-1", mother.itPerson("Goal Colleague", this.group),
				Role.IT_STAFF);
		mother.account(this.leaderLogin, "leader-password-1", mother.itPerson("Goal Leader", this.group),
				Role.IT_LEADER);
		long strategic = establish(mother.businessUnit("Goal Finance"), Tier.STRATEGIC, quarter.start().minusYears(1));
		long core = establish(mother.businessUnit("Goal Sales"), Tier.CORE, quarter.start().minusYears(1));
		SignedIn.asSystem(() -> {
			this.interactions.logHistory(strategic, List.of(new InteractionDraft(InteractionType.BUSINESS_REVIEW,
					quarter.start(), "Quarterly review", 1, List.of(), List.of(), null)));
			long kept = this.commitments
				.recordEarlier(core, new CommitmentDraft("Kept", this.owner, quarter.start(), null))
				.id();
			this.jdbc.sql("update commitments_commitment set state = 'KEPT', closed_on = :on where id = :id")
				.param("on", quarter.start())
				.param("id", kept)
				.update();
			return this.commitments.recordEarlier(core, new CommitmentDraft("Open", this.owner, quarter.start(), null));
		});
	}

	@Test
	void progressComesFromTheDataOrFromCheckIns() {
		GoalSummary onTime = asOwner(() -> this.goals.set(new GoalDraft(null, ScorecardScope.PERSON, this.owner,
				"Commitments kept on time at 90 %", GoalMeasure.COMMITMENTS_ON_TIME, 90.0)));
		GoalSummary reviews = asOwner(() -> this.goals.set(new GoalDraft(null, ScorecardScope.PERSON, this.owner,
				"A business review with every strategic partner", GoalMeasure.BUSINESS_REVIEWS, 100.0)));
		GoalSummary mentoring = asOwner(() -> this.goals.set(new GoalDraft(null, ScorecardScope.PERSON, this.owner,
				"Introduce Finance's new controller to the architects", GoalMeasure.CHECK_IN, 100.0)));

		assertThat(onTime.value()).isEqualTo(50.0);
		// 50 / 90 = 55.6 %
		assertThat(onTime.progress()).isEqualTo(56);
		assertThat(onTime.met()).isFalse();
		assertThat(reviews.value()).isEqualTo(100.0);
		assertThat(reviews.met()).isTrue();
		assertThat(mentoring.value()).isNull();
		assertThat(mentoring.progress()).isZero();

		GoalSummary checked = asOwner(() -> this.goals.checkIn(mentoring.id(), 40, "Met once, second in January"));
		assertThat(checked.value()).isEqualTo(40.0);
		assertThat(checked.progress()).isEqualTo(40);
		assertThat(checked.lastNote()).isEqualTo("Met once, second in January");
		assertThatThrownBy(() -> asOwner(() -> this.goals.checkIn(onTime.id(), 40, null))).isInstanceOfSatisfying(
				StateConflictException.class, (ex) -> assertThat(ex.getCode()).isEqualTo("recognition.goal.computed"));
		assertThatThrownBy(() -> asOwner(() -> this.goals.checkIn(mentoring.id(), 140, null))).isInstanceOfSatisfying(
				InvalidInputException.class, (ex) -> assertThat(ex.getField()).isEqualTo("progress"));
		assertThat(asOwner(() -> this.goals.goals(null, ScorecardScope.PERSON, this.owner))).extracting(GoalSummary::id)
			.containsExactly(onTime.id(), reviews.id(), mentoring.id());
	}

	@Test
	void anEndedQuarterBadInputAndOthersGoalsAreRefused() {
		String ended = this.scorecards.currentPeriod().previous().toString();
		assertThatThrownBy(() -> asOwner(() -> this.goals
			.set(new GoalDraft(ended, ScorecardScope.PERSON, this.owner, "Too late", GoalMeasure.CHECK_IN, 100.0))))
			.isInstanceOfSatisfying(StateConflictException.class,
					(ex) -> assertThat(ex.getCode()).isEqualTo("recognition.goal.periodEnded"));
		for (GoalDraft bad : List.of(
				new GoalDraft(null, ScorecardScope.PERSON, this.owner, " ", GoalMeasure.CHECK_IN, 100.0),
				new GoalDraft(null, ScorecardScope.PERSON, this.owner, "Zero", GoalMeasure.CADENCE, 0.0),
				new GoalDraft(null, ScorecardScope.PERSON, this.owner, "Over", GoalMeasure.CADENCE, 120.0),
				new GoalDraft(null, ScorecardScope.ORGANISATION, null, "All", GoalMeasure.CADENCE, 90.0))) {
			assertThatThrownBy(() -> asOwner(() -> this.goals.set(bad))).isInstanceOf(InvalidInputException.class);
		}
		assertThatThrownBy(
				() -> SignedIn
					.as(this.users, this.colleagueLogin,
							() -> this.goals.set(new GoalDraft(null, ScorecardScope.PERSON, this.owner,
									"For someone else", GoalMeasure.CHECK_IN, 100.0))))
			.isInstanceOf(AccessDeniedException.class);
		GoalSummary team = SignedIn.as(this.users, this.leaderLogin, () -> this.goals.set(new GoalDraft(null,
				ScorecardScope.GROUP, this.group, "Every partner in touch within cadence", GoalMeasure.CADENCE, 90.0)));
		assertThat(team.scope()).isEqualTo(ScorecardScope.GROUP);
		assertThatThrownBy(
				() -> SignedIn.as(this.users, this.colleagueLogin, () -> this.goals.checkIn(team.id(), 50, null)))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void aGoalSentFourTimesAtOnceIsSetOnceAndCheckInsAtOnceAreAllKept() throws Exception {
		GoalDraft draft = new GoalDraft(null, ScorecardScope.PERSON, this.owner, "Lunch with every new partner",
				GoalMeasure.CHECK_IN, 100.0);
		List<Object> sets = AtOnce.run(4, () -> asOwner(() -> this.goals.set(draft)));
		assertThat(sets).filteredOn(GoalSummary.class::isInstance).hasSize(1);
		assertThat(sets).filteredOn(AlreadyExistsException.class::isInstance)
			.hasSize(3)
			.allSatisfy((refusal) -> assertThat(((AlreadyExistsException) refusal).getField()).isEqualTo("title"));
		long goal = this.jdbc
			.sql("select id from recognition_goal where scope = 'PERSON' and scope_id = :owner and title = :title")
			.param("owner", this.owner)
			.param("title", draft.title())
			.query(Long.class)
			.single();

		int[] progress = { 10, 20, 30, 40 };
		int[] next = { 0 };
		List<Object> checkIns = AtOnce.run(4, () -> {
			int mine;
			synchronized (next) {
				mine = progress[next[0]++];
			}
			return asOwner(() -> this.goals.checkIn(goal, mine, "Check-in at " + mine));
		});
		assertThat(checkIns).allMatch(GoalSummary.class::isInstance);
		assertThat(this.jdbc.sql("select progress from recognition_goal_check_in where goal_id = :goal")
			.param("goal", goal)
			.query(Integer.class)
			.list()).containsExactlyInAnyOrder(10, 20, 30, 40);
		assertThat(this.jdbc.sql("select version from recognition_goal where id = :goal")
			.param("goal", goal)
			.query(Long.class)
			.single()).isEqualTo(4);
	}

	private long establish(long counterpart, Tier tier, LocalDate on) {
		return SignedIn.asSystem(() -> this.relationships
			.establishEarlier(new RelationshipDraft(this.group, counterpart, this.owner, tier, List.of(), null), on)
			.id());
	}

	private <T> T asOwner(java.util.function.Supplier<T> action) {
		return SignedIn.as(this.users, this.ownerLogin, action);
	}

}
