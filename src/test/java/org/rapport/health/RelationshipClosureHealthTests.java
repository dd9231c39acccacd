package org.rapport.health;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.MovableClock;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.directory.DirectoryManagement;
import org.rapport.relationships.ClosureDraft;
import org.rapport.relationships.RelationshipFilter;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;
import org.rapport.relationships.StakeholderDraft;
import org.rapport.relationships.Stance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An ended relationship is out of the health of the active portfolio: it has no current
 * score, raises no alerts and gets no new weeks, while its history stays readable; once
 * reopened it is scored again.
 */
@SpringBootTest(properties = "rapport.demo.enabled=false")
@Import(MovableClock.Configuration.class)
class RelationshipClosureHealthTests {

	@Autowired
	HealthManagement health;

	@Autowired
	RelationshipManagement relationships;

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

	RelationshipMother mother;

	RelationshipMother.Sample sample;

	@BeforeEach
	void relationshipWithADetractor() {
		this.clock.set(LocalDate.now());
		this.mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		this.sample = this.mother.sample("Ended Health");
		this.mother.account(user("owner"), "password-" + this.mother.run(), this.sample.ownerId(), Role.IT_STAFF);
		this.mother.account(user("head"), "password-" + this.mother.run(),
				this.mother.itPerson("Ended Health Head", this.mother.itGroup("Ended Health Office")),
				Role.RELATIONSHIP_MANAGER);
		as("owner", () -> this.relationships.addStakeholder(this.sample.id(),
				new StakeholderDraft(null, "Dana Reyes", null, "General counsel", 5, 4, Stance.DETRACTOR, null)));
	}

	@Test
	void endingRemovesTheScoreAndTheAlertsAndLeavesThePortfolioAndTheRollUp() {
		long id = this.sample.id();
		assertThat(as("owner", () -> this.health.alerts(id))).extracting(Alert::type)
			.containsExactly(AlertType.DETRACTOR);
		assertThat(as("owner", () -> this.health.status(id).score())).isNotNull();
		assertThat(as("owner", () -> this.health.accountability(10).relationshipCount())).isEqualTo(1);
		long alertsBefore = as("head", () -> this.health.glance().alerts().get(AlertType.DETRACTOR));

		end();

		assertThat(as("owner", () -> this.health.alerts(id))).isEmpty();
		assertThat(as("owner", () -> this.health.myAlerts())).extracting(Alert::relationshipId).doesNotContain(id);
		assertThat(as("head", () -> this.health.glance().alerts().get(AlertType.DETRACTOR)))
			.isEqualTo(alertsBefore - 1);
		assertThat(rows("health_alert")).isZero();
		assertThat(rows("health_score")).isZero();
		HealthStatus status = as("owner", () -> this.health.status(id));
		assertThat(status.score()).isNull();
		assertThat(status.openAlerts()).isZero();
		assertThat(portfolio(RelationshipFilter.State.ACTIVE)).isEmpty();
		assertThat(as("owner",
				() -> this.health.bandCounts(PortfolioFilter.mineOnly())
					.values()
					.stream()
					.mapToLong(Long::longValue)
					.sum()))
			.isZero();
		assertThat(as("owner", () -> this.health.accountability(10).relationshipCount())).isZero();
		assertThat(portfolio(RelationshipFilter.State.ENDED)).singleElement().satisfies((row) -> {
			assertThat(row.id()).isEqualTo(id);
			assertThat(row.ended()).isTrue();
			assertThat(row.endedOn()).isEqualTo(this.clock.today());
			assertThat(row.score()).isNull();
			assertThat(row.alerts()).isEmpty();
		});
		assertThat(portfolio(RelationshipFilter.State.ALL)).extracting(PortfolioRow::id).containsExactly(id);
	}

	@Test
	void anEndedRelationshipGetsNoNewWeeksNorAlertsAndItsHistoryStaysReadable() {
		long id = this.sample.id();
		LocalDate endedOn = this.clock.today();
		end();
		List<LocalDate> weeksBefore = weeks();
		assertThat(weeksBefore).isNotEmpty();

		this.clock.set(endedOn.plusDays(60));
		SignedIn.asSystem(this.health::recomputeAll);

		assertThat(weeks()).isEqualTo(weeksBefore);
		assertThat(rows("health_alert")).isZero();
		assertThat(rows("health_score")).isZero();
		Health health = as("owner", () -> this.health.health(id));
		assertThat(health.asOf()).isEqualTo(endedOn);
		assertThat(health.component(HealthComponent.STANCE)).isPresent();
		assertThat(health.history()).extracting(WeekScore::weekOn).containsExactlyElementsOf(weeksBefore);
	}

	@Test
	void aReopenedRelationshipIsScoredAgainAndRaisesItsAlerts() {
		long id = this.sample.id();
		end();

		as("owner", () -> this.relationships.reopen(id, null));

		assertThat(rows("health_score")).isOne();
		assertThat(as("owner", () -> this.health.alerts(id))).extracting(Alert::type)
			.containsExactly(AlertType.DETRACTOR);
		assertThat(portfolio(RelationshipFilter.State.ACTIVE)).extracting(PortfolioRow::id).containsExactly(id);
		assertThat(as("owner", () -> this.health.health(id).asOf())).isEqualTo(this.clock.today());
	}

	private void end() {
		as("owner", () -> this.relationships.end(this.sample.id(), new ClosureDraft("The contract ran out"), null));
	}

	private List<PortfolioRow> portfolio(RelationshipFilter.State state) {
		return as("owner",
				() -> this.health
					.portfolio(new PortfolioFilter(null, null, null, this.sample.itGroupId(), null, null, false, state),
							PortfolioSort.NAME, null, 50)
					.items());
	}

	private List<LocalDate> weeks() {
		return this.jdbc.sql("select week_on from health_history where relationship_id = :id order by week_on")
			.param("id", this.sample.id())
			.query(LocalDate.class)
			.list();
	}

	private long rows(String table) {
		return this.jdbc.sql("select count(*) from " + table + " where relationship_id = :id")
			.param("id", this.sample.id())
			.query(Long.class)
			.single();
	}

	private String user(String name) {
		return name + "-" + this.mother.run();
	}

	private <T> T as(String username, Supplier<T> action) {
		return SignedIn.as(this.users, user(username), action);
	}

}
