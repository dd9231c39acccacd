package org.rapport.interactions;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountDraft;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.directory.DirectoryFixtures;
import org.rapport.directory.DirectoryManagement;
import org.rapport.relationships.RelationshipDraft;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipSummary;
import org.rapport.relationships.Stance;
import org.rapport.relationships.StakeholderDraft;
import org.rapport.relationships.Tier;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.KeysetPage;
import org.rapport.shared.NotFoundException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SpringBootTest(properties = "rapport.demo.enabled=false")
class InteractionManagementTests {

	@Autowired
	InteractionManagement interactions;

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

	DirectoryFixtures people;

	String run;

	long relationship;

	long other;

	long owner;

	long businessPerson;

	long stakeholder;

	@BeforeEach
	void relationshipWithAStakeholder() {
		this.people = DirectoryFixtures.of(this.directory);
		this.run = this.people.run();
		long group = this.people.itGroup("Workplace");
		long desk = this.people.itGroup("Desk");
		long marketing = this.people.businessUnit("Marketing");
		this.owner = this.people.itPerson("Owner", group);
		this.businessPerson = this.people.businessPerson("Marketer", marketing);
		as("system", () -> {
			account("owner", this.owner, Role.IT_STAFF);
			account("peer", this.people.itPerson("Peer", group), Role.IT_STAFF);
			account("desk", this.people.itPerson("Agent", desk), Role.IT_STAFF);
			this.relationship = this.relationships
				.establish(new RelationshipDraft(group, marketing, this.owner, Tier.CORE, null))
				.id();
			this.other = this.relationships
				.establish(new RelationshipDraft(desk, marketing, this.owner, Tier.CORE, null))
				.id();
			this.stakeholder = this.relationships
				.addStakeholder(this.relationship,
						new StakeholderDraft(this.businessPerson, null, null, null, 4, 4, Stance.SUPPORTER, null))
				.id();
			return null;
		});
	}

	@Test
	void loggingATouchpointEndsLosingTouchAtOnce() {
		log(LocalDate.now().minusDays(45), "Quarterly check-in");
		assertThat(as("owner", () -> this.relationships.relationship(this.relationship).losingTouch())).isTrue();

		InteractionSummary logged = as("owner",
				() -> this.interactions.log(this.relationship,
						new InteractionDraft(InteractionType.MEETING, LocalDate.now(), "Planning the campaign tooling",
								2, List.of(this.owner), List.of(this.stakeholder))));

		assertThat(logged.participantNames()).containsExactly("Owner " + this.run);
		assertThat(logged.stakeholderNames()).containsExactly("Marketer " + this.run);
		var relationship = as("owner", () -> this.relationships.relationship(this.relationship));
		assertThat(relationship.losingTouch()).isFalse();
		assertThat(relationship.lastContactOn()).isEqualTo(LocalDate.now());
	}

	@Test
	void anOlderTouchpointLoggedLateDoesNotMoveTheLastContactBack() {
		log(LocalDate.now().minusDays(2), "Call");
		log(LocalDate.now().minusDays(20), "Old workshop, logged late");

		assertThat(as("owner", () -> this.relationships.relationship(this.relationship).lastContactOn()))
			.isEqualTo(LocalDate.now().minusDays(2));
	}

	@Test
	void refusesFutureDaysSentimentOutOfRangeAndPeopleFromTheWrongSideStoringNothing() {
		assertField("occurredOn",
				new InteractionDraft(InteractionType.CALL, LocalDate.now().plusDays(1), "Later", 0, null, null));
		assertField("sentiment", new InteractionDraft(InteractionType.CALL, LocalDate.now(), "Call", 3, null, null));
		assertField("participantIds", new InteractionDraft(InteractionType.CALL, LocalDate.now(), "Call", 0,
				List.of(this.businessPerson), null));
		assertField("summary", new InteractionDraft(InteractionType.CALL, LocalDate.now(), " ", 0, null, null));
		long foreign = as("system", () -> this.relationships.addStakeholder(this.other,
				new StakeholderDraft(null, "Someone else", null, null, 2, 2, Stance.NEUTRAL, null)))
			.id();
		assertField("stakeholderIds",
				new InteractionDraft(InteractionType.CALL, LocalDate.now(), "Call", 0, null, List.of(foreign)));
		assertThat(this.jdbc.sql("select count(*) from interactions_interaction where relationship_id = :id")
			.param("id", this.relationship)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theTimelineIsNewestFirstInKeysetPages() {
		for (int day = 1; day <= 5; day++) {
			log(LocalDate.now().minusDays(day), "Touchpoint " + day);
		}

		KeysetPage<InteractionSummary> first = as("peer", () -> this.interactions.timeline(this.relationship, null, 2));
		KeysetPage<InteractionSummary> second = as("peer",
				() -> this.interactions.timeline(this.relationship, first.next(), 2));
		KeysetPage<InteractionSummary> third = as("peer",
				() -> this.interactions.timeline(this.relationship, second.next(), 2));

		assertThat(first.items()).extracting(InteractionSummary::summary)
			.containsExactly("Touchpoint 1", "Touchpoint 2");
		assertThat(second.items()).extracting(InteractionSummary::summary)
			.containsExactly("Touchpoint 3", "Touchpoint 4");
		assertThat(third.items()).extracting(InteractionSummary::summary).containsExactly("Touchpoint 5");
		assertThat(third.next()).isNull();
	}

	@Test
	void colleaguesReadTheTimelineButOnlyThoseInvolvedLogAndOtherGroupsSeeNothing() {
		log(LocalDate.now(), "Kick-off");

		assertThat(as("peer", () -> this.interactions.timeline(this.relationship, null, 10).items())).hasSize(1);
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> as("peer", () -> this.interactions.log(this.relationship,
					new InteractionDraft(InteractionType.CALL, LocalDate.now(), "Sneaky", 0, null, null))));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> as("desk", () -> this.interactions.timeline(this.relationship, null, 10)));
	}

	@Test
	void privateNotesAreReadByOwnerParticipantsAndStewardsButNotByColleaguesLeadersOrAdministrators() {
		as("system", () -> {
			account("cio", this.people.businessPerson("Chief", this.people.businessUnit("Office")), Role.CIO);
			account("brm", this.people.itPerson("Head", this.people.itGroup("Relations")), Role.RELATIONSHIP_MANAGER);
			long group = this.directory.person(this.owner).unitId();
			account("leader", this.people.itPerson("Leader", group), Role.IT_LEADER);
			long participant = this.people.itPerson("Partner", group);
			account("partner", participant, Role.IT_STAFF);
			RelationshipSummary current = this.relationships.relationship(this.relationship);
			this.relationships.change(this.relationship, new RelationshipDraft(current.itGroupId(),
					current.counterpartId(), this.owner, current.tier(), List.of(participant)));
			return null;
		});
		as("owner", () -> this.interactions.log(this.relationship, new InteractionDraft(InteractionType.MEETING,
				LocalDate.now(), "Budget talk", -1, null, null, "Their CFO is looking at outsourcing the desk")));

		for (String reader : List.of("owner", "partner")) {
			assertThat(as(reader, () -> this.interactions.timeline(this.relationship, null, 10).items())).as(reader)
				.singleElement()
				.satisfies((touchpoint) -> {
					assertThat(touchpoint.privateNote()).isEqualTo("Their CFO is looking at outsourcing the desk");
					assertThat(touchpoint.privateNoteWithheld()).isFalse();
				});
		}
		// A colleague of the same group, the group's leader, those who steer the
		// portfolio
		// and an administrator read the timeline, but none of them works this
		// relationship.
		for (String reader : List.of("peer", "leader", "cio", "brm", "system")) {
			assertThat(as(reader, () -> this.interactions.timeline(this.relationship, null, 10).items())).as(reader)
				.singleElement()
				.satisfies((touchpoint) -> {
					assertThat(touchpoint.summary()).isEqualTo("Budget talk");
					assertThat(touchpoint.privateNote()).isNull();
					assertThat(touchpoint.privateNoteWithheld()).isTrue();
				});
		}
		assertField("privateNote",
				new InteractionDraft(InteractionType.CALL, LocalDate.now(), "Long", 0, null, null, "x".repeat(4001)));
	}

	@Test
	void loadsAHistoryInOneGoOrNotAtAll() {
		List<InteractionDraft> history = List.of(
				new InteractionDraft(InteractionType.WORKSHOP, LocalDate.now().minusDays(300), "Kick-off", 2, null,
						null),
				new InteractionDraft(InteractionType.CALL, LocalDate.now().minusDays(5), "Follow-up", 0,
						List.of(this.owner), List.of(this.stakeholder)));
		List<InteractionDraft> broken = List.of(history.get(0),
				new InteractionDraft(InteractionType.CALL, LocalDate.now().plusDays(3), "Not yet", 0, null, null));

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> as("system", () -> {
			this.interactions.logHistory(this.relationship, broken);
			return null;
		})).satisfies((ex) -> assertThat(ex.getField()).isEqualTo("occurredOn"));
		assertThat(as("owner", () -> this.interactions.timeline(this.relationship, null, 10).items())).isEmpty();

		as("system", () -> {
			this.interactions.logHistory(this.relationship, history);
			return null;
		});
		assertThat(as("owner", () -> this.interactions.timeline(this.relationship, null, 10).items()))
			.extracting(InteractionSummary::summary)
			.containsExactly("Follow-up", "Kick-off");
		assertThat(as("owner", () -> this.relationships.relationship(this.relationship).lastContactOn()))
			.isEqualTo(LocalDate.now().minusDays(5));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> as("owner", () -> {
			this.interactions.logHistory(this.relationship, history);
			return null;
		}));
	}

	private void assertField(String field, InteractionDraft draft) {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> as("owner", () -> this.interactions.log(this.relationship, draft)))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo(field));
	}

	private void log(LocalDate day, String summary) {
		as("owner", () -> new InteractionFixtures(this.interactions).log(this.relationship, InteractionType.CALL, day,
				summary, 1));
	}

	private void account(String username, long personId, Role role) {
		this.accounts
			.createAccount(new AccountDraft(username + "-" + this.run, "password-" + this.run, personId, Set.of(role)));
	}

	private <T> T as(String username, Supplier<T> action) {
		return username.equals("system") ? SignedIn.asSystem(action)
				: SignedIn.as(this.users, username + "-" + this.run, action);
	}

}
