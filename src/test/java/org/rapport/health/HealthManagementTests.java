package org.rapport.health;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.MovableClock;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountDraft;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.commitments.CommitmentAmendment;
import org.rapport.commitments.CommitmentFixtures;
import org.rapport.commitments.CommitmentSummary;
import org.rapport.commitments.CommitmentManagement;
import org.rapport.commitments.CommitmentState;
import org.rapport.commitments.Transition;
import org.rapport.directory.DirectoryFixtures;
import org.rapport.directory.DirectoryManagement;
import org.rapport.interactions.InteractionFixtures;
import org.rapport.interactions.InteractionManagement;
import org.rapport.interactions.InteractionType;
import org.rapport.relationships.RelationshipDraft;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.Stance;
import org.rapport.relationships.StakeholderDraft;
import org.rapport.relationships.StakeholderSummary;
import org.rapport.relationships.Tier;
import org.rapport.shared.Cursor;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.NextStep;
import org.rapport.shared.NotFoundException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * Health follows what happens in the other modules: touchpoints, commitments and
 * stakeholders change the stored score and the alerts through events.
 */
@SpringBootTest(properties = "rapport.demo.enabled=false")
@Import(MovableClock.Configuration.class)
class HealthManagementTests {

	@Autowired
	HealthManagement health;

	@Autowired
	RelationshipManagement relationships;

	@Autowired
	InteractionManagement interactions;

	@Autowired
	CommitmentManagement commitments;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HealthNextSteps nextSteps;

	DirectoryFixtures people;

	InteractionFixtures touchpoints;

	String run;

	long group;

	long relationship;

	long owner;

	@BeforeEach
	void relationship() {
		this.clock.set(LocalDate.now());
		this.people = DirectoryFixtures.of(this.directory);
		this.touchpoints = new InteractionFixtures(this.interactions);
		this.run = this.people.run();
		this.group = this.people.itGroup("Platform");
		long otherGroup = this.people.itGroup("Data");
		long legal = this.people.businessUnit("Legal");
		SignedIn.asSystem(() -> {
			this.owner = person("Keeper", this.group, Role.IT_STAFF);
			person("Bystander", this.group, Role.IT_STAFF);
			person("Stranger", otherGroup, Role.IT_STAFF);
			person("Steward", otherGroup, Role.RELATIONSHIP_MANAGER);
			this.relationship = this.relationships
				.establish(new RelationshipDraft(this.group, legal, this.owner, Tier.CORE, null))
				.id();
			return null;
		});
	}

	@Test
	void aTouchpointLoggedInTheInteractionsModuleChangesTheStoredScore() {
		assertThat(row().score()).isEqualTo(100);
		Health before = as("Keeper", () -> this.health.health(this.relationship));
		assertThat(explanation(before, HealthComponent.ESCALATIONS)).isEqualTo("No escalations in the last 90 days.");

		as("Keeper", () -> this.touchpoints.log(this.relationship, InteractionType.ESCALATION, this.clock.today(),
				"Month-end close failed", -2));

		// 100 x (0.75 x 1 + 0.25 x (1 - 1/3)) = 91.7
		assertThat(row().score()).isEqualTo(92);
		Health after = as("Keeper", () -> this.health.health(this.relationship));
		assertThat(after.score()).isEqualTo(92);
		assertThat(explanation(after, HealthComponent.ESCALATIONS))
			.isEqualTo("1 escalation in the last 90 days; 3 bring this component to 0.");
	}

	@Test
	void losingTouchIsRaisedAsCadencesAgeAndClearedByATouchpoint() {
		this.clock.set(LocalDate.now().plusDays(45));
		SignedIn.asSystem(this.health::recomputeAll);

		assertThat(as("Keeper", () -> this.health.alerts(this.relationship))).extracting(Alert::type)
			.containsExactly(AlertType.LOSING_TOUCH);
		// Touch was lost the day after the core tier's 30 days ran out.
		assertThat(as("Keeper", () -> this.health.alerts(this.relationship))).extracting(Alert::raisedOn)
			.containsExactly(LocalDate.now().plusDays(31));
		assertThat(row().alerts()).containsExactly(AlertType.LOSING_TOUCH);
		assertThat(explanation(as("Keeper", () -> this.health.health(this.relationship)), HealthComponent.ENGAGEMENT))
			.startsWith("No real contact logged since the relationship was established 45 days ago");

		as("Keeper", () -> this.touchpoints.log(this.relationship, InteractionType.MEETING, this.clock.today(),
				"Caught up on the contract backlog", 1));

		assertThat(as("Keeper", () -> this.health.alerts(this.relationship))).isEmpty();
		assertThat(explanation(as("Keeper", () -> this.health.health(this.relationship)), HealthComponent.ENGAGEMENT))
			.isEqualTo("Last real contact today, within the 30 days the core tier asks for.");
	}

	@Test
	void theRollUpShowsEachOwnerOfTheRelationshipsTheCallerMayRead() {
		Accountability keeper = as("Keeper", () -> this.health.accountability(10));
		assertThat(keeper.relationshipCount()).isEqualTo(1);
		assertThat(keeper.owners()).singleElement().satisfies((owner) -> {
			assertThat(owner.ownerId()).isEqualTo(this.owner);
			assertThat(owner.relationships()).isEqualTo(1);
			// Nothing is recorded yet: new, without an average.
			assertThat(owner.fresh()).isEqualTo(1);
			assertThat(owner.average()).isNull();
			assertThat(owner.worst()).isEqualTo(Band.NEW);
		});
		assertThat(as("Stranger", () -> this.health.accountability(10)).relationshipCount()).isZero();
		assertThat(as("Steward", () -> this.health.accountability(1000)).owners()).extracting(OwnerStanding::ownerId)
			.contains(this.owner);
	}

	@Test
	void theHomePageAsksTheOwnerToLogContactWhileTouchIsLostAndTicksItOnceLogged() {
		this.clock.set(LocalDate.now().plusDays(45));
		SignedIn.asSystem(this.health::recomputeAll);
		assertThat(as("Keeper", this.nextSteps::forCurrentUser)).filteredOn((step) -> step.order() == 70)
			.singleElement()
			.satisfies((step) -> {
				assertThat(step.done()).isFalse();
				assertThat(step.messageCode()).isEqualTo("next.mine.losingTouch");
				assertThat(step.arguments()).containsExactly(1L);
			});
		// Only those who answer for more than their own are asked about the portfolio.
		assertThat(as("Keeper", this.nextSteps::forCurrentUser)).extracting(NextStep::order).doesNotContain(50, 60);
		assertThat(as("Steward", this.nextSteps::forCurrentUser)).extracting(NextStep::order).contains(50, 60);

		as("Keeper", () -> this.touchpoints.log(this.relationship, InteractionType.MEETING, this.clock.today(),
				"Caught up on the contract backlog", 1));

		assertThat(as("Keeper", this.nextSteps::forCurrentUser)).filteredOn((step) -> step.order() == 70)
			.singleElement()
			.satisfies((step) -> assertThat(step.messageCode()).isEqualTo("next.mine.losingTouch.done"));
	}

	@Test
	void anOverdueCommitmentRaisesAnAlertUntilItIsKept() {
		long promise = as("Keeper", () -> new CommitmentFixtures(this.commitments).make(this.relationship,
				"Send the retention policy", this.owner, this.clock.today().plusDays(1)))
			.id();
		this.clock.set(LocalDate.now().plusDays(3));
		SignedIn.asSystem(this.health::recomputeAll);

		assertThat(as("Keeper", () -> this.health.alerts(null)))
			.filteredOn((a) -> a.relationshipId() == this.relationship)
			.singleElement()
			.satisfies((alert) -> {
				assertThat(alert.type()).isEqualTo(AlertType.COMMITMENT_OVERDUE);
				assertThat(alert.message()).contains("\u201cSend the retention policy\u201d");
				// Overdue since the day after it was due, not since it was first noticed.
				assertThat(alert.raisedOn()).isEqualTo(LocalDate.now().plusDays(2));
			});
		Health overdue = as("Keeper", () -> this.health.health(this.relationship));
		assertThat(explanation(overdue, HealthComponent.RELIABILITY))
			.isEqualTo("0 of 1 commitment due in the last 12 months was kept on time; 1 of them is still open past "
					+ "its day.");

		as("Keeper", () -> this.commitments.transition(promise, new Transition(CommitmentState.KEPT, null)));

		assertThat(as("Keeper", () -> this.health.alerts(this.relationship))).isEmpty();
	}

	@Test
	void theOverdueAlertQuotesACorrectedDescriptionAtOnce() {
		CommitmentSummary promise = as("Keeper", () -> new CommitmentFixtures(this.commitments).make(this.relationship,
				"Send the retention polcy", this.owner, this.clock.today().plusDays(1)));
		this.clock.set(LocalDate.now().plusDays(3));
		SignedIn.asSystem(this.health::recomputeAll);

		as("Keeper", () -> this.commitments.amend(promise.id(),
				new CommitmentAmendment("Send the retention policy", this.owner, promise.version())));

		assertThat(as("Keeper", () -> this.health.alerts(this.relationship))).singleElement()
			.satisfies((alert) -> assertThat(alert.message()).contains("\u201cSend the retention policy\u201d"));
	}

	@Test
	void aHighInfluenceDetractorRaisesAnAlertAndLowersTheScore() {
		as("Keeper", () -> this.relationships.addStakeholder(this.relationship,
				new StakeholderDraft(null, "Dana Reyes", null, "General counsel", 5, 4, Stance.DETRACTOR, null)));

		assertThat(as("Keeper", () -> this.health.alerts(this.relationship))).extracting(Alert::type)
			.containsExactly(AlertType.DETRACTOR);
		// Engagement 1 (0.5), stance 0 (0.3333), escalations 1 (0.1667): 66.7, so 67.
		assertThat(row().score()).isEqualTo(67);
		assertThat(row().band()).isEqualTo(Band.WATCH);
	}

	@Test
	void changingAStakeholdersStanceOrRemovingThemRecomputesTheScoreAtOnce() {
		StakeholderSummary dana = as("Keeper", () -> this.relationships.addStakeholder(this.relationship,
				new StakeholderDraft(null, "Dana Reyes", null, "General counsel", 5, 4, Stance.SUPPORTER, null)));
		// Engagement 1 (0.5), stance 0.75 (0.3333), escalations 1 (0.1667): 91.7, so 92.
		assertThat(row().score()).isEqualTo(92);
		assertThat(as("Keeper", () -> this.health.alerts(this.relationship))).isEmpty();

		as("Keeper", () -> this.relationships.changeStakeholder(this.relationship, dana.id(),
				new StakeholderDraft(null, null, null, "General counsel", 5, 4, Stance.DETRACTOR, null), null));

		// Stance 0 now: 66.7, so 67, and a high-influence detractor is an alert.
		assertThat(row().score()).isEqualTo(67);
		assertThat(as("Keeper", () -> this.health.alerts(this.relationship))).extracting(Alert::type)
			.containsExactly(AlertType.DETRACTOR);
		assertThat(explanation(as("Keeper", () -> this.health.health(this.relationship)), HealthComponent.STANCE))
			.contains("closest to detractor: 1 detractor");

		as("Keeper", () -> {
			this.relationships.removeStakeholder(this.relationship, dana.id(), null);
			return null;
		});

		assertThat(row().score()).isEqualTo(100);
		assertThat(as("Keeper", () -> this.health.alerts(this.relationship))).isEmpty();
		// Without stakeholders their stance does not count, rather than count as zero.
		assertThat(as("Keeper", () -> this.health.health(this.relationship)).component(HealthComponent.STANCE))
			.isEmpty();
	}

	@Test
	void alertsGoToThoseWhoAnswerForTheRelationship() {
		as("Keeper", () -> this.relationships.addStakeholder(this.relationship,
				new StakeholderDraft(null, "Dana Reyes", null, null, 5, 4, Stance.DETRACTOR, null)));

		assertThat(as("Keeper", () -> this.health.alerts(null))).extracting(Alert::relationshipId)
			.containsExactly(this.relationship);
		assertThat(as("Steward", () -> this.health.alerts(null))).extracting(Alert::relationshipId)
			.contains(this.relationship);
		assertThat(as("Bystander", () -> this.health.alerts(null))).isEmpty();
		assertThat(as("Stranger", () -> this.health.alerts(null))).isEmpty();
		// The bystander reads the group's relationships, health included; a stranger does
		// not.
		assertThat(as("Bystander", () -> this.health.health(this.relationship)).score()).isEqualTo(67);
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> as("Stranger", () -> this.health.health(this.relationship)));
		assertThat(as("Stranger",
				() -> this.health.portfolio(PortfolioFilter.none(), PortfolioSort.HEALTH, null, 200).items()))
			.extracting(PortfolioRow::id)
			.doesNotContain(this.relationship);
	}

	@Test
	void thePortfolioFiltersByBandAndAlertAndCountsEachBand() {
		as("Keeper", () -> this.relationships.addStakeholder(this.relationship,
				new StakeholderDraft(null, "Dana Reyes", null, null, 5, 4, Stance.DETRACTOR, null)));
		PortfolioFilter ours = new PortfolioFilter(null, null, null, this.group, null, null, false);

		assertThat(as("Steward", () -> this.health.bandCounts(ours))).containsEntry(Band.WATCH, 1L)
			.containsEntry(Band.HEALTHY, 0L)
			.containsEntry(Band.AT_RISK, 0L);
		assertThat(
				as("Steward",
						() -> this.health.portfolio(new PortfolioFilter(null, null, null, this.group, Band.WATCH,
								AlertType.DETRACTOR, false), PortfolioSort.NAME, null, 50))
					.items())
			.extracting(PortfolioRow::id)
			.containsExactly(this.relationship);
		assertThat(as("Steward",
				() -> this.health
					.portfolio(new PortfolioFilter(null, null, null, this.group, Band.AT_RISK, null, false),
							PortfolioSort.HEALTH, null, 50)
					.items()))
			.isEmpty();
		assertThat(as("Keeper",
				() -> this.health.portfolio(new PortfolioFilter(null, null, null, null, null, null, true),
						PortfolioSort.LAST_CONTACT, null, 50))
			.items()).extracting(PortfolioRow::id).containsExactly(this.relationship);
		String nameCursor = new Cursor("Legal", this.relationship).encode();
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> as("Steward",
					() -> this.health.portfolio(PortfolioFilter.none(), PortfolioSort.HEALTH, nameCursor, 50)))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("after"));
	}

	@Test
	void theWeeklyHistoryIsRebuiltFromTheRecordAndOnlyAdministratorsRebuildIt() {
		SignedIn.asSystem(() -> {
			this.touchpoints.log(this.relationship, InteractionType.MEETING, this.clock.today(), "Kick-off", 1);
			return null;
		});
		this.clock.set(LocalDate.now().plusDays(70));
		SignedIn.asSystem(() -> {
			this.health.backfill(10);
			return this.health.recomputeAll();
		});

		List<WeekScore> history = as("Keeper", () -> this.health.health(this.relationship)).history();
		assertThat(history).hasSizeGreaterThanOrEqualTo(10);
		// The score falls as the weeks pass without contact.
		assertThat(history.get(0).score()).isGreaterThan(history.get(history.size() - 1).score());
		assertThat(history).extracting(WeekScore::weekOn).isSorted();
		// The portfolio's trend, read from the weekly totals, matches the history it
		// sums.
		List<Glance.WeekAverage> trend = SignedIn.asSystem(() -> this.health.glance().trend());
		assertThat(trend).hasSizeGreaterThanOrEqualTo(10);
		for (Glance.WeekAverage week : trend) {
			// New relationships' scores count in no average.
			double average = this.jdbc
				.sql("select avg(score * 1.0) from health_history where week_on = :week and band <> 'NEW'")
				.param("week", week.weekOn())
				.query(Double.class)
				.single();
			long count = this.jdbc.sql("select count(*) from health_history where week_on = :week and band <> 'NEW'")
				.param("week", week.weekOn())
				.query(Long.class)
				.single();
			assertThat(week.average()).isCloseTo(average, within(1e-6));
			assertThat(week.count()).isEqualTo(count);
		}
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> as("Steward", () -> {
			this.health.backfill(4);
			return null;
		}));
	}

	private PortfolioRow row() {
		return SignedIn
			.asSystem(() -> this.health
				.portfolio(new PortfolioFilter(null, null, null, this.group, null, null, false), PortfolioSort.NAME,
						null, 50)
				.items()
				.get(0));
	}

	private long person(String name, long unit, Role role) {
		long id = this.people.itPerson(name, unit);
		this.accounts.createAccount(
				new AccountDraft(name.toLowerCase() + "-" + this.run, "password-" + this.run, id, Set.of(role)));
		return id;
	}

	private <T> T as(String name, Supplier<T> action) {
		return SignedIn.as(this.users, name.toLowerCase() + "-" + this.run, action);
	}

	private static String explanation(Health health, HealthComponent component) {
		return health.component(component).orElseThrow().explanation();
	}

}
