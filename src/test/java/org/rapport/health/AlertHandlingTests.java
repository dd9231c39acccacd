package org.rapport.health;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.MovableClock;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountDraft;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.commitments.CommitmentFixtures;
import org.rapport.commitments.CommitmentManagement;
import org.rapport.directory.DirectoryFixtures;
import org.rapport.directory.DirectoryManagement;
import org.rapport.relationships.RelationshipDraft;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.StakeholderDraft;
import org.rapport.relationships.StakeholderSummary;
import org.rapport.relationships.Stance;
import org.rapport.relationships.Tier;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.KeysetPage;
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
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What people do about alerts: acknowledge with a note, snooze until a day, assign to
 * someone in IT; how that survives the recomputations while the condition holds and ends
 * with it; who may do it; and how the alerts are filtered and paged.
 */
@SpringBootTest(properties = "rapport.demo.enabled=false")
@Import(MovableClock.Configuration.class)
class AlertHandlingTests {

	@Autowired
	HealthManagement health;

	@Autowired
	RelationshipManagement relationships;

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

	DirectoryFixtures people;

	String run;

	long group;

	long relationship;

	long owner;

	long stranger;

	long outsider;

	StakeholderSummary detractor;

	@BeforeEach
	void relationshipWithADetractor() {
		this.clock.set(LocalDate.now());
		this.people = DirectoryFixtures.of(this.directory);
		this.run = this.people.run();
		this.group = this.people.itGroup("Platform");
		long otherGroup = this.people.itGroup("Data");
		long legal = this.people.businessUnit("Legal");
		this.outsider = this.people.businessPerson("Counsel", legal);
		SignedIn.asSystem(() -> {
			this.owner = person("Keeper", this.group, Role.IT_STAFF);
			long helper = person("Helper", this.group, Role.IT_STAFF);
			person("Bystander", this.group, Role.IT_STAFF);
			this.stranger = person("Stranger", otherGroup, Role.IT_STAFF);
			person("Steward", otherGroup, Role.RELATIONSHIP_MANAGER);
			this.relationship = this.relationships
				.establish(new RelationshipDraft(this.group, legal, this.owner, Tier.CORE, List.of(helper)))
				.id();
			this.detractor = this.relationships.addStakeholder(this.relationship,
					new StakeholderDraft(null, "Dana Reyes", null, "General counsel", 5, 4, Stance.DETRACTOR, null));
			return null;
		});
	}

	@Test
	void anAcknowledgedAlertStaysAcknowledgedWhileItsConditionHoldsAndComesBackAsANewAlert() {
		Alert raised = onlyAlert("Keeper");
		assertThat(raised.state()).isEqualTo(AlertState.OPEN);
		assertThat(raised.actionable()).isTrue();

		Alert acknowledged = as("Keeper",
				() -> this.health.acknowledge(raised.id(), "  Lunch with Dana booked  ", null));

		assertThat(acknowledged.state()).isEqualTo(AlertState.ACKNOWLEDGED);
		assertThat(acknowledged.acknowledgement().note()).isEqualTo("Lunch with Dana booked");
		assertThat(acknowledged.acknowledgement().by()).isEqualTo("keeper-" + this.run);
		assertThat(acknowledged.version()).isEqualTo(raised.version() + 1);
		// It leaves the open alerts but stands, and the nightly run keeps it as it is.
		assertThat(open("Keeper")).isEmpty();
		this.clock.set(LocalDate.now().plusDays(3));
		SignedIn.asSystem(this.health::recomputeAll);
		Alert after = as("Keeper", () -> this.health.alert(raised.id()));
		assertThat(after.state()).isEqualTo(AlertState.ACKNOWLEDGED);
		assertThat(after.raisedOn()).isEqualTo(raised.raisedOn());

		// The condition clears: the alert goes.
		as("Keeper", () -> {
			this.relationships.removeStakeholder(this.relationship, this.detractor.id(), null);
			return null;
		});
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> as("Keeper", () -> this.health.alert(raised.id())));

		// It comes back: a new alert, open again.
		as("Keeper", () -> this.relationships.addStakeholder(this.relationship,
				new StakeholderDraft(null, "Dana Reyes", null, "General counsel", 5, 4, Stance.DETRACTOR, null)));
		Alert again = onlyAlert("Keeper");
		assertThat(again.id()).isNotEqualTo(raised.id());
		assertThat(again.state()).isEqualTo(AlertState.OPEN);
		assertThat(again.raisedOn()).isEqualTo(this.clock.today());
	}

	@Test
	void anAlertIsAcknowledgedOnceWithANoteOfUpToAThousandCharacters() {
		long id = onlyAlert("Keeper").id();

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> as("Keeper", () -> this.health.acknowledge(id, "   ", null)))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("note"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> as("Keeper", () -> this.health.acknowledge(id, "x".repeat(1001), null)))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("note"));
		as("Keeper", () -> this.health.acknowledge(id, "x".repeat(1000), null));

		assertThatExceptionOfType(StateConflictException.class)
			.isThrownBy(() -> as("Steward", () -> this.health.acknowledge(id, "Me too", null)))
			.satisfies((ex) -> assertThat(ex.getArguments()).containsExactly("keeper-" + this.run));
		assertThatExceptionOfType(StateConflictException.class)
			.isThrownBy(() -> as("Keeper", () -> this.health.snooze(id, this.clock.today().plusDays(2), null)));
	}

	@Test
	void aSnoozedAlertIsOpenAgainOnTheDayItsSnoozeEnds() {
		long id = onlyAlert("Keeper").id();
		LocalDate until = this.clock.today().plusDays(3);

		Alert snoozed = as("Keeper", () -> this.health.snooze(id, until, null));

		assertThat(snoozed.state()).isEqualTo(AlertState.SNOOZED);
		assertThat(snoozed.snoozedUntil()).isEqualTo(until);
		assertThat(open("Keeper")).isEmpty();
		assertThat(as("Keeper",
				() -> this.health
					.alerts(new AlertFilter(null, null, Set.of(AlertState.SNOOZED), null, false, null), null, 50)
					.items()))
			.extracting(Alert::id)
			.containsExactly(id);
		this.clock.set(until.minusDays(1));
		assertThat(open("Keeper")).isEmpty();
		this.clock.set(until);
		assertThat(open("Keeper")).extracting(Alert::id).containsExactly(id);
		assertThat(as("Keeper", () -> this.health.alert(id)).state()).isEqualTo(AlertState.OPEN);
	}

	@Test
	void anAlertIsSnoozedToADayAfterTodayAndAtMostNinetyDaysAhead() {
		long id = onlyAlert("Keeper").id();
		LocalDate today = this.clock.today();

		for (LocalDate day : new LocalDate[] { today, today.minusDays(1), today.plusDays(91) }) {
			assertThatExceptionOfType(InvalidInputException.class)
				.isThrownBy(() -> as("Keeper", () -> this.health.snooze(id, day, null)))
				.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("until"));
		}
		assertThat(as("Keeper", () -> this.health.snooze(id, today.plusDays(90), null)).snoozedUntil())
			.isEqualTo(today.plusDays(90));
		// Snoozed again, to a nearer day.
		assertThat(as("Keeper", () -> this.health.snooze(id, today.plusDays(1), null)).snoozedUntil())
			.isEqualTo(today.plusDays(1));
	}

	@Test
	void theOwnerTheAssigneeAndThoseWhoSteerThePortfolioActOthersWhoSeeItOnlyRead() {
		long id = onlyAlert("Keeper").id();

		// A participant and the steward see it; a bystander of the group and a stranger
		// do not.
		assertThat(as("Helper", () -> this.health.alert(id)).actionable()).isFalse();
		assertThat(as("Steward", () -> this.health.alert(id)).actionable()).isTrue();
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> as("Helper", () -> this.health.acknowledge(id, "On it", null)));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> as("Bystander", () -> this.health.acknowledge(id, "On it", null)));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> as("Stranger", () -> this.health.alert(id)));

		Alert assigned = as("Steward", () -> this.health.assign(id, this.stranger, null));

		assertThat(assigned.assignee().id()).isEqualTo(this.stranger);
		// The assignee now sees it among their alerts, assigned to them, and acts on it.
		assertThat(as("Stranger", () -> this.health.myAlerts())).extracting(Alert::id).containsExactly(id);
		assertThat(as("Stranger",
				() -> this.health.alerts(new AlertFilter(null, null, null, null, true, null), null, 50).items()))
			.extracting(Alert::id)
			.containsExactly(id);
		assertThat(as("Keeper",
				() -> this.health.alerts(new AlertFilter(null, null, null, null, true, null), null, 50).items()))
			.isEmpty();
		assertThat(as("Stranger", () -> this.health.snooze(id, this.clock.today().plusDays(7), null)).state())
			.isEqualTo(AlertState.SNOOZED);
	}

	@Test
	void anAlertIsAssignedOnlyToSomeoneInIt() {
		long id = onlyAlert("Keeper").id();

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> as("Keeper", () -> this.health.assign(id, this.outsider, null)))
			.satisfies((ex) -> {
				assertThat(ex.getField()).isEqualTo("personId");
				assertThat(ex.getCode()).isEqualTo("error.alert.assignee-outside-it");
			});
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> as("Keeper", () -> this.health.assign(id, 987654321L, null)))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("personId"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> as("Keeper", () -> this.health.assign(id, null, null)))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("personId"));
		assertThat(as("Keeper", () -> this.health.alert(id)).assignee()).isNull();
	}

	@Test
	void aChangeOverAnOlderVersionIsRefused() {
		Alert raised = onlyAlert("Keeper");
		as("Keeper", () -> this.health.assign(raised.id(), this.stranger, raised.version()));

		assertThatExceptionOfType(StaleVersionException.class)
			.isThrownBy(() -> as("Keeper", () -> this.health.acknowledge(raised.id(), "Seen", raised.version())));
		assertThat(as("Keeper", () -> this.health.alert(raised.id())).state()).isEqualTo(AlertState.OPEN);
	}

	@Test
	void eachActionIsInTheAuditLog() {
		long id = onlyAlert("Keeper").id();
		as("Keeper", () -> this.health.snooze(id, this.clock.today().plusDays(5), null));
		as("Keeper", () -> this.health.assign(id, this.owner, null));
		as("Keeper", () -> this.health.acknowledge(id, "Lunch booked", null));

		Awaitility.await()
			.until(() -> this.jdbc.sql("select count(*) from accounts_audit_event where target = :target")
				.param("target", "alert:" + id)
				.query(Long.class)
				.single() == 3);
		assertThat(this.jdbc
			.sql("select action || ' ' || actor || ' ' || detail from accounts_audit_event where target = :target")
			.param("target", "alert:" + id)
			.query(String.class)
			.list())
			.containsExactlyInAnyOrder(
					"ALERT_SNOOZED keeper-%s relationship=%d; type=DETRACTOR; until=%s".formatted(this.run,
							this.relationship, this.clock.today().plusDays(5)),
					"ALERT_ASSIGNED keeper-%s relationship=%d; type=DETRACTOR; assignee=person:%d".formatted(this.run,
							this.relationship, this.owner),
					"ALERT_ACKNOWLEDGED keeper-%s relationship=%d; type=DETRACTOR; note=Lunch booked"
						.formatted(this.run, this.relationship));
	}

	@Test
	void alertsAreFilteredByTypeStateBandAndNameAndPagedByKey() {
		// A second alert on the relationship: a commitment overdue.
		as("Keeper", () -> new CommitmentFixtures(this.commitments).make(this.relationship, "Send the policy",
				this.owner, this.clock.today().plusDays(1)));
		this.clock.set(LocalDate.now().plusDays(3));
		SignedIn.asSystem(this.health::recomputeAll);
		List<Alert> both = open("Keeper");
		assertThat(both).extracting(Alert::type).containsExactly(AlertType.DETRACTOR, AlertType.COMMITMENT_OVERDUE);

		KeysetPage<Alert> first = as("Keeper", () -> this.health.alerts(AlertFilter.open(), null, 1));
		KeysetPage<Alert> second = as("Keeper", () -> this.health.alerts(AlertFilter.open(), first.next(), 1));
		assertThat(first.items()).extracting(Alert::type).containsExactly(AlertType.DETRACTOR);
		assertThat(first.next()).isNotNull();
		assertThat(second.items()).extracting(Alert::type).containsExactly(AlertType.COMMITMENT_OVERDUE);
		assertThat(second.next()).isNull();
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> as("Keeper", () -> this.health.alerts(AlertFilter.open(), null, 201)))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("size"));

		as("Keeper", () -> this.health.acknowledge(both.get(0).id(), "Lunch booked", null));
		assertThat(open("Keeper")).extracting(Alert::type).containsExactly(AlertType.COMMITMENT_OVERDUE);
		assertThat(list("Keeper", new AlertFilter(null, null, AlertFilter.states("acknowledged"), null, false, null)))
			.extracting(Alert::type)
			.containsExactly(AlertType.DETRACTOR);
		assertThat(list("Keeper", new AlertFilter(null, null, AlertFilter.states("ALL"), null, false, null)))
			.hasSize(2);
		assertThat(list("Keeper",
				new AlertFilter(null, AlertType.DETRACTOR, EnumSet.allOf(AlertState.class), null, false, null)))
			.extracting(Alert::type)
			.containsExactly(AlertType.DETRACTOR);
		assertThat(list("Keeper", new AlertFilter(null, null, null, null, false, "legal " + this.run.toUpperCase())))
			.hasSize(1);
		assertThat(list("Keeper", new AlertFilter(null, null, null, null, false, "platform"))).hasSize(1);
		assertThat(list("Keeper", new AlertFilter(null, null, null, null, false, "nowhere%"))).isEmpty();
		Band band = SignedIn.asSystem(() -> this.health.health(this.relationship).band());
		Band other = (band == Band.AT_RISK) ? Band.HEALTHY : Band.AT_RISK;
		assertThat(list("Keeper", new AlertFilter(null, null, null, band, false, null))).hasSize(1);
		assertThat(list("Keeper", new AlertFilter(null, null, null, other, false, null))).isEmpty();
		assertThat(as("Keeper", () -> this.health.alertCounts(AlertFilter.open())))
			.containsEntry(AlertType.COMMITMENT_OVERDUE, 1L)
			.containsEntry(AlertType.DETRACTOR, 0L);
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> AlertFilter.states("closed"))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("state"));
	}

	@Test
	void theStatusTellsScoreBandOpenAlertsAndTheCommitmentDueNext() {
		as("Keeper", () -> new CommitmentFixtures(this.commitments).make(this.relationship, "Send the later one",
				this.owner, this.clock.today().plusDays(20)));
		as("Keeper", () -> new CommitmentFixtures(this.commitments).make(this.relationship, "Send the policy",
				this.owner, this.clock.today().plusDays(10)));

		HealthStatus status = as("Keeper", () -> this.health.status(this.relationship));

		// Engagement 1 (0.5), stance 0 (0.3333), escalations 1 (0.1667): 67.
		assertThat(status.score()).isEqualTo(67);
		assertThat(status.band()).isEqualTo(Band.WATCH);
		assertThat(status.openAlerts()).isEqualTo(1);
		assertThat(status.nextDue().description()).isEqualTo("Send the policy");
		assertThat(status.nextDue().dueOn()).isEqualTo(this.clock.today().plusDays(10));
		assertThat(status.nextDue().overdue()).isFalse();

		as("Keeper", () -> this.health.snooze(onlyAlert("Keeper").id(), this.clock.today().plusDays(2), null));
		assertThat(as("Keeper", () -> this.health.status(this.relationship)).openAlerts()).isZero();
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> as("Stranger", () -> this.health.status(this.relationship)));
	}

	@Test
	void eachWeekKeepsTheValueOfEveryComponentThatCounted() {
		WeekScore week = as("Keeper", () -> this.health.health(this.relationship)).history()
			.stream()
			.reduce((a, b) -> b)
			.orElseThrow();

		assertThat(week.components()).containsEntry(HealthComponent.ENGAGEMENT, 100)
			.containsEntry(HealthComponent.STANCE, 0)
			.containsEntry(HealthComponent.ESCALATIONS, 100)
			.doesNotContainKeys(HealthComponent.PERCEPTION, HealthComponent.RELIABILITY);
	}

	private Alert onlyAlert(String name) {
		List<Alert> alerts = open(name);
		assertThat(alerts).hasSize(1);
		return alerts.get(0);
	}

	private List<Alert> open(String name) {
		return list(name, AlertFilter.open());
	}

	private List<Alert> list(String name, AlertFilter filter) {
		return as(name, () -> this.health.alerts(filter, null, 50).items());
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

}
