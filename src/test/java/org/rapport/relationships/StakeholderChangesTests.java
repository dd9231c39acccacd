package org.rapport.relationships;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.directory.DirectoryManagement;
import org.rapport.interactions.InteractionDraft;
import org.rapport.interactions.InteractionManagement;
import org.rapport.interactions.InteractionType;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.NotFoundException;
import org.rapport.shared.StaleVersionException;
import org.rapport.shared.StateConflictException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Stakeholders are corrected and removed through their relationship: by the rules and the
 * people that add them, over the relationship's version, with an event per fact.
 */
@SpringBootTest(properties = "rapport.demo.enabled=false")
@RecordApplicationEvents
class StakeholderChangesTests {

	@Autowired
	RelationshipManagement relationships;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	InteractionManagement interactions;

	RelationshipMother mother;

	RelationshipMother.Sample sample;

	long finance;

	@BeforeEach
	void relationship() {
		this.mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		this.sample = this.mother.sample("Stakes");
		this.finance = this.mother.businessUnit("Stakes Finance");
		long otherGroup = this.mother.itGroup("Stakes Desk");
		account("owner", this.sample.ownerId(), Role.IT_STAFF);
		account("colleague", this.mother.itPerson("Stakes Colleague", this.sample.itGroupId()), Role.IT_STAFF);
		account("lead", this.mother.itPerson("Stakes Lead", this.sample.itGroupId()), Role.IT_LEADER);
		account("desk", this.mother.itPerson("Stakes Agent", otherGroup), Role.IT_STAFF);
	}

	@Test
	void changesRoleInfluenceInterestStanceAndContactAndMovesTheRelationshipsVersion() {
		long id = this.sample.id();
		long stakeholder = this.sample.stakeholder().id();
		long version = version();

		StakeholderSummary changed = as("owner",
				() -> this.relationships.changeStakeholder(id, stakeholder, new StakeholderDraft(null, null, null,
						"  Head of buying ", 5, 2, Stance.DETRACTOR, this.sample.participantId()), version));

		assertThat(changed.role()).isEqualTo("Head of buying");
		assertThat(changed.influence()).isEqualTo(5);
		assertThat(changed.interest()).isEqualTo(2);
		assertThat(changed.stance()).isEqualTo(Stance.DETRACTOR);
		assertThat(changed.itContactId()).isEqualTo(this.sample.participantId());
		assertThat(changed.name()).isEqualTo(this.sample.stakeholder().name());
		assertThat(changed.personId()).isEqualTo(this.sample.stakeholderPersonId());
		assertThat(version()).isEqualTo(version + 1);
		assertThat(this.events.stream(StakeholderChanged.class)).singleElement().satisfies((event) -> {
			assertThat(event.previousStance()).isEqualTo(Stance.SUPPORTER);
			assertThat(event.stance()).isEqualTo(Stance.DETRACTOR);
			assertThat(event.previousInfluence()).isEqualTo(3);
			assertThat(event.actor()).isEqualTo("owner-" + this.mother.run());
			assertThat(event.detail()).contains("stance=DETRACTOR; previousStance=SUPPORTER")
				.contains("influence=5; previousInfluence=3")
				.contains("itContact=" + this.sample.participantId() + "; previousItContact=" + this.sample.ownerId());
		});
		awaitAudited("STAKEHOLDER_CHANGED", 1);
	}

	@Test
	void aChangeOverAnOlderVersionIsRefusedAndStoresNothing() {
		long id = this.sample.id();
		long stakeholder = this.sample.stakeholder().id();
		long old = version();
		as("owner", () -> this.relationships.changeStakeholder(id, stakeholder,
				new StakeholderDraft(null, null, null, null, 3, 3, Stance.CHAMPION, null), old));

		assertThatExceptionOfType(StaleVersionException.class)
			.isThrownBy(() -> as("owner",
					() -> this.relationships.changeStakeholder(id, stakeholder,
							new StakeholderDraft(null, null, null, null, 1, 1, Stance.SCEPTIC, null), old)))
			.satisfies((ex) -> assertThat(ex.getCurrent()).isEqualTo(old + 1));
		assertThatExceptionOfType(StaleVersionException.class).isThrownBy(() -> as("owner", () -> {
			this.relationships.removeStakeholder(id, stakeholder, old);
			return null;
		}));

		StakeholderSummary stored = as("owner", () -> this.relationships.stakeholder(id, stakeholder));
		assertThat(stored.stance()).isEqualTo(Stance.CHAMPION);
		assertThat(stored.influence()).isEqualTo(3);
		assertThat(version()).isEqualTo(old + 1);
	}

	@Test
	void refusesAChangeByTheRulesOfAddingAndWhoTheStakeholderIsStays() {
		long id = this.sample.id();
		long stakeholder = this.sample.stakeholder().id();
		long outsider = this.mother.outsider("Stakes Auditor", this.finance);

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(
					() -> change(stakeholder, new StakeholderDraft(null, null, null, null, 6, 3, Stance.NEUTRAL, null)))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("influence"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> change(stakeholder, new StakeholderDraft(null, null, null, null, 3, 3, null, null)))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("stance"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> change(stakeholder,
					new StakeholderDraft(null, null, null, "Buyer\u0007", 3, 3, Stance.NEUTRAL, null)))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("role"));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(
				() -> change(stakeholder, new StakeholderDraft(null, null, null, null, 3, 3, Stance.NEUTRAL, outsider)))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("itContactId"));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(
				() -> change(stakeholder, new StakeholderDraft(outsider, null, null, null, 3, 3, Stance.NEUTRAL, null)))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("personId"));
		// The stakeholder's own person may be named, as the body of an addition names it.
		assertThat(change(stakeholder,
				new StakeholderDraft(this.sample.stakeholderPersonId(), null, null, null, 2, 2, Stance.NEUTRAL, null))
			.stance()).isEqualTo(Stance.NEUTRAL);

		StakeholderSummary named = as("owner", () -> this.relationships.addStakeholder(id,
				new StakeholderDraft(null, "Ada Lind", "ada@example.org", null, 2, 2, Stance.NEUTRAL, null)));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> change(named.id(),
					new StakeholderDraft(null, "Eve Lind", null, null, 3, 3, Stance.NEUTRAL, null)))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("name"));
		assertThat(change(named.id(),
				new StakeholderDraft(null, " Ada  Lind", "ADA@example.org", null, 4, 4, Stance.SUPPORTER, null))
			.influence()).isEqualTo(4);
		assertThat(this.events.stream(StakeholderChanged.class)).hasSize(2);
	}

	@Test
	void removesAStakeholderAndSaysSo() {
		long id = this.sample.id();
		long stakeholder = this.sample.stakeholder().id();
		long version = version();

		as("owner", () -> {
			this.relationships.removeStakeholder(id, stakeholder, version);
			return null;
		});

		assertThat(as("owner", () -> this.relationships.stakeholders(id))).isEmpty();
		assertThat(version()).isEqualTo(version + 1);
		assertThat(this.events.stream(StakeholderRemoved.class)).singleElement().satisfies((event) -> {
			assertThat(event.stakeholderId()).isEqualTo(stakeholder);
			assertThat(event.stance()).isEqualTo(Stance.SUPPORTER);
			assertThat(event.detail()).startsWith("stakeholder=" + this.sample.stakeholder().name());
		});
		awaitAudited("STAKEHOLDER_REMOVED", 1);
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> as("owner", () -> {
			this.relationships.removeStakeholder(id, stakeholder, null);
			return null;
		}));
	}

	@Test
	void aStakeholderWhomATouchpointRecordsAsMetStaysAndNothingMoves() {
		long id = this.sample.id();
		long stakeholder = this.sample.stakeholder().id();
		as("owner", () -> this.interactions.log(id, new InteractionDraft(InteractionType.MEETING, LocalDate.now(),
				"Budget review", 1, List.of(), List.of(stakeholder))));
		long version = version();

		assertThatExceptionOfType(StateConflictException.class).isThrownBy(() -> as("owner", () -> {
			this.relationships.removeStakeholder(id, stakeholder, version);
			return null;
		})).satisfies((ex) -> assertThat(ex.getCode()).isEqualTo("error.stakeholder.met"));

		assertThat(as("owner", () -> this.relationships.stakeholders(id))).hasSize(1);
		assertThat(version()).isEqualTo(version);
		assertThat(this.events.stream(StakeholderRemoved.class)).isEmpty();
	}

	@Test
	void onlyThoseWhoMayAddStakeholdersChangeOrRemoveThem() {
		long id = this.sample.id();
		long stakeholder = this.sample.stakeholder().id();
		StakeholderDraft sceptic = new StakeholderDraft(null, null, null, null, 3, 3, Stance.SCEPTIC, null);

		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(
				() -> as("colleague", () -> this.relationships.changeStakeholder(id, stakeholder, sceptic, null)));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> as("colleague", () -> {
			this.relationships.removeStakeholder(id, stakeholder, null);
			return null;
		}));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> as("desk", () -> this.relationships.changeStakeholder(id, stakeholder, sceptic, null)));
		assertThat(as("owner", () -> this.relationships.stakeholder(id, stakeholder).stance()))
			.isEqualTo(Stance.SUPPORTER);

		assertThat(as("lead", () -> this.relationships.changeStakeholder(id, stakeholder, sceptic, null)).stance())
			.isEqualTo(Stance.SCEPTIC);
	}

	@Test
	void aStakeholderOfAnotherRelationshipIsNotFoundThroughThisOne() {
		RelationshipMother.Sample other = this.mother.sample("Stakes Other");

		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> SignedIn
			.asSystem(() -> this.relationships.changeStakeholder(this.sample.id(), other.stakeholder().id(),
					new StakeholderDraft(null, null, null, null, 3, 3, Stance.NEUTRAL, null), null)));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> SignedIn.asSystem(() -> {
			this.relationships.removeStakeholder(this.sample.id(), other.stakeholder().id(), null);
			return null;
		}));
		assertThat(SignedIn.asSystem(() -> this.relationships.stakeholders(other.id()))).hasSize(1);
	}

	private StakeholderSummary change(long stakeholder, StakeholderDraft draft) {
		return as("owner", () -> this.relationships.changeStakeholder(this.sample.id(), stakeholder, draft, null));
	}

	private long version() {
		return SignedIn.asSystem(() -> this.relationships.relationship(this.sample.id())).version();
	}

	private void awaitAudited(String action, long count) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc
				.sql("select count(*) from accounts_audit_event where action = :action and target = :target")
				.param("action", action)
				.param("target", "relationship:" + this.sample.id())
				.query(Long.class)
				.single() == count);
	}

	private void account(String username, long personId, Role role) {
		this.mother.account(username + "-" + this.mother.run(), "password-" + this.mother.run(), personId, role);
	}

	private <T> T as(String username, Supplier<T> action) {
		return SignedIn.as(this.users, username + "-" + this.mother.run(), action);
	}

}
