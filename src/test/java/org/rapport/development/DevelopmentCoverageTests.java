package org.rapport.development;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.directory.DirectoryManagement;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;
import org.rapport.relationships.Tier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Coverage, hand-computed over a group and the group inside it: each measure counts the
 * people it should, on the day it should, a group counts the groups below it, the end of
 * the last quarter stands beside today, the trend's days are the ends of the last four
 * quarters and today, and only those who oversee the portfolio read it, an IT leader for
 * the groups they lead.
 */
@SpringBootTest(properties = "rapport.demo.enabled=false")
class DevelopmentCoverageTests {

	@Autowired
	DevelopmentCoverage coverage;

	@Autowired
	DevelopmentPlans plans;

	@Autowired
	Trainings trainings;

	@Autowired
	Coaching coaching;

	@Autowired
	FeedbackRounds rounds;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	RelationshipManagement relationships;

	@Autowired
	UserDetailsService users;

	RelationshipMother mother;

	LocalDate today;

	LocalDate quarterEnd;

	long group;

	long team;

	@BeforeEach
	void organisation() {
		this.mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		this.today = LocalDate.now();
		this.quarterEnd = this.today.withDayOfMonth(1)
			.withMonth((this.today.getMonthValue() - 1) / 3 * 3 + 1)
			.minusDays(1);
		this.group = this.mother.itGroup("Coverage IT");
		this.team = this.mother.itGroup("Coverage team", this.group);
	}

	@Test
	void eachMeasureCountsItsPeopleOnItsDayAndAGroupCountsTheGroupsBelowIt() {
		// In the group: the owner of a relationship with a plan, today; someone with
		// nothing;
		// in the team: a training before the quarter ended and a 360 today; coaching
		// since
		// before the quarter ended; someone who joined today. Four of them were in the
		// directory a month before the quarter ended.
		long boss = this.mother.person("Coverage boss", this.group, true, null);
		long owner = this.mother.person("Coverage owner", this.group, true, boss);
		long idle = this.mother.person("Coverage idle", this.group, true, boss);
		long learner = this.mother.person("Coverage learner", this.team, true, boss);
		long coachee = this.mother.person("Coverage coachee", this.team, true, boss);
		long coach = this.mother.person("Coverage coach", this.group, false, null);
		long newcomer = this.mother.person("Coverage newcomer", this.team, true, boss);

		this.mother.establish(this.group, this.mother.businessUnit("Coverage partner"), owner, Tier.CORE);
		String ownerLogin = "coverage-owner-" + this.mother.run();
		this.mother.account(ownerLogin, "owner-password-1", owner, Role.IT_STAFF);
		SignedIn.as(this.users, ownerLogin, () -> this.plans
			.addGoal(new GoalDraft("empathy", 3, "Partners say I do not listen.", this.today.plusMonths(3), null)));
		TrainingSummary course = asHead(
				() -> this.trainings.add(new TrainingDraft("Coverage: listening " + this.mother.run(), "Listening.",
						true, null, TrainingFormat.WORKSHOP, 120, List.of("active-listening"), null)));
		LocalDateTime held = this.quarterEnd.minusDays(10).atTime(9, 0);
		SignedIn.withRole("coverage-admin", Role.ADMIN,
				() -> this.trainings.recordEarlier(course.id(),
						new TrainingSessionDraft(held, held.plusHours(2), "Room 1", null, 10), List.of(learner),
						List.of(), Map.of()));
		SignedIn.withRole("coverage-admin", Role.ADMIN,
				() -> this.rounds.recordEarlier(learner, this.today,
						List.of(new EarlierRater(learner, RaterGroup.SELF, Map.of("empathy", 3), Map.of()),
								new EarlierRater(boss, RaterGroup.MANAGER, Map.of("empathy", 2), Map.of()))));
		asHead(() -> this.coaching.setUp(new CoachingDraft(coach, coachee, this.quarterEnd.minusDays(20),
				List.of(new CoachingGoalDraft("empathy", "Hear the business out")))));

		CoverageReport report = asHead(() -> this.coverage.coverage());

		GroupCoverage group = row(report, this.group);
		GroupCoverage team = row(report, this.team);
		assertThat(group.depth()).isZero();
		assertThat(team.depth()).isEqualTo(1);
		assertThat(team.parentId()).isEqualTo(this.group);
		// Today the group has six people (the team's three with it), the team three.
		assertThat(group.now().people()).isEqualTo(6);
		assertThat(counts(group.now())).containsExactly(1, 1, 1, 1, 1);
		assertThat(group.now().share(CoverageMeasure.PLAN).percent()).isEqualTo(16.7);
		assertThat(team.now().people()).isEqualTo(3);
		assertThat(counts(team.now())).containsExactly(0, 1, 1, 1, 0);
		assertThat(team.now().share(CoverageMeasure.TRAINING).percent()).isEqualTo(33.3);
		// At the end of the last quarter, the same people: the training and the coaching
		// already, the plan, the 360 and the relationship not yet.
		assertThat(group.before().people()).isEqualTo(6);
		assertThat(counts(group.before())).containsExactly(0, 1, 1, 0, 0);
		assertThat(team.before().people()).isEqualTo(3);
		assertThat(team.before().share(CoverageMeasure.COACH_OR_MENTOR).percent()).isEqualTo(33.3);
		assertThat(group.change(CoverageMeasure.PLAN)).isEqualTo(16.7);
		assertThat(group.change(CoverageMeasure.TRAINING)).isEqualTo(0.0);
		assertThat(group.change(CoverageMeasure.FEEDBACK)).isEqualTo(16.7);
		assertThat(team.change(CoverageMeasure.RELATIONSHIP)).isEqualTo(0.0);
		assertThat(newcomer).isNotIn(boss, owner, idle, learner, coachee);

		assertThat(report.trend()).hasSize(5);
		assertThat(report.trend()).extracting(CoveragePoint::asOf)
			.containsExactly(this.quarterEnd.minusMonths(9).withDayOfMonth(1).plusMonths(1).minusDays(1),
					this.quarterEnd.minusMonths(6).withDayOfMonth(1).plusMonths(1).minusDays(1),
					this.quarterEnd.minusMonths(3).withDayOfMonth(1).plusMonths(1).minusDays(1), this.quarterEnd,
					this.today);
		assertThat(report.trend().get(3).label())
			.isEqualTo(this.quarterEnd.getYear() + "-Q" + ((this.quarterEnd.getMonthValue() + 2) / 3));
		assertThat(report.trend().get(4).label()).isNull();
		assertThat(report.overall()).isEqualTo(report.trend().get(4).figures());
		assertThat(report.overall().people()).isGreaterThanOrEqualTo(group.now().people());
		assertThat(report.overall().share(CoverageMeasure.PLAN).count()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void aCoachingThatEndedAndAPlanWithoutAGoalDoNotCountAndTakingPartInARelationshipDoes() {
		long boss = this.mother.person("Coverage boss", this.group, true, null);
		long ended = this.mother.person("Coverage ended", this.group, true, boss);
		long planner = this.mother.person("Coverage planner", this.group, true, boss);
		long coach = this.mother.person("Coverage coach", this.group, false, null);
		CoachingSummary engagement = asHead(() -> this.coaching.setUp(new CoachingDraft(coach, ended,
				this.today.minusDays(40), List.of(new CoachingGoalDraft(null, "Say no kindly")))));
		String endedLogin = "coverage-ended-" + this.mother.run();
		this.mother.account(endedLogin, "ended-password-1", ended, Role.IT_STAFF);
		SignedIn.as(this.users, endedLogin, () -> this.coaching.end(engagement.id(),
				new CoachingEnding("She says no kindly now.", engagement.version())));
		String plannerLogin = "coverage-planner-" + this.mother.run();
		this.mother.account(plannerLogin, "planner-password-1", planner, Role.IT_STAFF);
		SignedIn.as(this.users, plannerLogin, () -> this.plans.start());
		long elsewhere = this.mother.itGroup("Coverage elsewhere");
		this.mother.establish(elsewhere, this.mother.businessUnit("Coverage partner"),
				this.mother.itPerson("Coverage elsewhere owner", elsewhere), Tier.CORE, planner);

		GroupCoverage group = row(asHead(() -> this.coverage.coverage()), this.group);

		assertThat(group.now().people()).isEqualTo(3);
		assertThat(counts(group.now())).containsExactly(0, 0, 0, 0, 1);
	}

	@Test
	void anItLeaderReadsTheGroupsTheyLeadAndStaffNone() {
		long other = this.mother.itGroup("Coverage other");
		long leader = this.mother.person("Coverage leader", this.team, true, null);
		String leaderLogin = "coverage-leader-" + this.mother.run();
		this.mother.account(leaderLogin, "leader-password-1", leader, Role.IT_LEADER);
		String staffLogin = "coverage-staff-" + this.mother.run();
		this.mother.account(staffLogin, "staff-password-1", this.mother.person("Coverage staff", other, true, null),
				Role.IT_STAFF);

		CoverageReport led = SignedIn.as(this.users, leaderLogin, () -> this.coverage.coverage());

		assertThat(led.groups()).extracting(GroupCoverage::groupId).containsExactly(this.team);
		assertThat(led.groups().get(0).depth()).isZero();
		assertThat(led.groups().get(0).parentId()).isNull();
		assertThat(led.overall().people()).isGreaterThanOrEqualTo(2);
		assertThat(asHead(() -> this.coverage.coverage()).groups()).extracting(GroupCoverage::groupId)
			.contains(this.group, this.team, other);
		assertThatThrownBy(() -> SignedIn.as(this.users, staffLogin, () -> this.coverage.coverage()))
			.isInstanceOf(AccessDeniedException.class);
	}

	private static GroupCoverage row(CoverageReport report, long group) {
		return report.groups().stream().filter((row) -> row.groupId() == group).findFirst().orElseThrow();
	}

	private static List<Integer> counts(CoverageFigures figures) {
		return figures.shares().stream().map(CoverageShare::count).toList();
	}

	private <T> T asHead(Supplier<T> action) {
		return SignedIn.withRole("coverage-head", Role.RELATIONSHIP_MANAGER, action);
	}

}
