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
import org.rapport.commitments.CommitmentDraft;
import org.rapport.commitments.CommitmentManagement;
import org.rapport.commitments.CommitmentSummary;
import org.rapport.commitments.Touchpoint;
import org.rapport.directory.DirectoryFixtures;
import org.rapport.directory.DirectoryManagement;
import org.rapport.health.HealthManagement;
import org.rapport.relationships.RelationshipDraft;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.Stance;
import org.rapport.relationships.StakeholderDraft;
import org.rapport.relationships.Tier;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.NotFoundException;
import org.rapport.shared.StaleVersionException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Correcting and deleting touchpoints: whoever logged one and the relationship's owner
 * may, nobody else; the last contact, the health score and the audit log follow, and
 * commitments made in a deleted touchpoint stay.
 */
@SpringBootTest(properties = "rapport.demo.enabled=false")
class InteractionCorrectionTests {

	@Autowired
	InteractionManagement interactions;

	@Autowired
	RelationshipManagement relationships;

	@Autowired
	CommitmentManagement commitments;

	@Autowired
	HealthManagement health;

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

	long owner;

	long participant;

	long stakeholder;

	LocalDate today = LocalDate.now();

	@BeforeEach
	void relationshipWithAnOwnerAParticipantAndAStakeholder() {
		this.people = DirectoryFixtures.of(this.directory);
		this.run = this.people.run();
		long group = this.people.itGroup("Workplace");
		long marketing = this.people.businessUnit("Marketing");
		this.owner = this.people.itPerson("Owner", group);
		this.participant = this.people.itPerson("Partner", group);
		as("system", () -> {
			account("owner", this.owner, Role.IT_STAFF);
			account("partner", this.participant, Role.IT_STAFF);
			account("peer", this.people.itPerson("Peer", group), Role.IT_STAFF);
			account("leader", this.people.itPerson("Leader", group), Role.IT_LEADER);
			account("cio", this.people.itPerson("Chief", this.people.itGroup("Office")), Role.CIO);
			account("desk", this.people.itPerson("Agent", this.people.itGroup("Desk")), Role.IT_STAFF);
			this.relationship = this.relationships
				.establish(new RelationshipDraft(group, marketing, this.owner, Tier.CORE, List.of(this.participant)))
				.id();
			this.stakeholder = this.relationships
				.addStakeholder(this.relationship,
						new StakeholderDraft(this.people.businessPerson("Marketer", marketing), null, null, null, 4, 4,
								Stance.SUPPORTER, null))
				.id();
			return null;
		});
	}

	@Test
	void whoeverLoggedATouchpointCorrectsItAndTheLastContactMayMoveBack() {
		log("owner", this.today.minusDays(40), "Quarterly review");
		InteractionSummary logged = log("partner", this.today, "Call about the roll-out");
		assertThat(lastContact()).isEqualTo(this.today);

		InteractionSummary corrected = as("partner", () -> this.interactions.correct(logged.id(),
				new InteractionDraft(InteractionType.MEETING, this.today.minusDays(3), "Meeting about the roll-out", -1,
						List.of(this.participant), List.of(this.stakeholder), "They doubt the date"),
				logged.version()));

		assertThat(corrected.type()).isEqualTo(InteractionType.MEETING);
		assertThat(corrected.summary()).isEqualTo("Meeting about the roll-out");
		assertThat(corrected.stakeholderNames()).containsExactly("Marketer " + this.run);
		assertThat(corrected.participantNames()).containsExactly("Partner " + this.run);
		assertThat(corrected.privateNote()).isEqualTo("They doubt the date");
		assertThat(corrected.version()).isEqualTo(logged.version() + 1);
		assertThat(lastContact()).isEqualTo(this.today.minusDays(3));
		assertThat(audited("INTERACTION_CORRECTED", 1)).singleElement()
			.satisfies((detail) -> assertThat(detail).contains("previousOccurredOn=" + this.today)
				.contains("occurredOn=" + this.today.minusDays(3))
				.contains("previousType=CALL")
				.contains("loggedBy=partner-" + this.run));
	}

	@Test
	void theOwnerCorrectsAnyTouchpointButOthersWhoMayChangeTheRelationshipOnlyTheirOwn() {
		InteractionSummary byPartner = log("partner", this.today, "Partner's call");
		InteractionSummary byOwner = log("owner", this.today, "Owner's call");

		assertThat(as("owner", () -> this.interactions.timeline(this.relationship, null, 10).items()))
			.allSatisfy((touchpoint) -> assertThat(touchpoint.correctable()).isTrue());
		assertThat(as("partner", () -> this.interactions.timeline(this.relationship, null, 10).items()))
			.extracting(InteractionSummary::summary, InteractionSummary::correctable)
			.containsExactlyInAnyOrder(tuple("Partner's call", true), tuple("Owner's call", false));
		as("owner", () -> this.interactions.correct(byPartner.id(), draft("Corrected by the owner"), null));
		assertThat(summaryOf(byPartner.id())).isEqualTo("Corrected by the owner");

		for (String refused : List.of("partner", "peer", "leader", "cio")) {
			assertThatExceptionOfType(AccessDeniedException.class).as(refused)
				.isThrownBy(() -> as(refused,
						() -> this.interactions.correct(byOwner.id(), draft("Not theirs to correct"), null)));
			assertThatExceptionOfType(AccessDeniedException.class).as(refused).isThrownBy(() -> as(refused, () -> {
				this.interactions.delete(byOwner.id(), null);
				return null;
			}));
		}
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> as("desk", () -> this.interactions.correct(byOwner.id(), draft("Out of reach"), null)));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> as("desk", () -> this.interactions.interaction(byOwner.id())));
		assertThat(summaryOf(byOwner.id())).isEqualTo("Owner's call");
	}

	@Test
	void aCorrectionFollowsTheRulesOfLoggingAndOneOverAnOlderVersionIsRefusedStoringNothing() {
		InteractionSummary logged = log("owner", this.today, "Call");

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(
					() -> as("owner",
							() -> this.interactions.correct(logged.id(),
									new InteractionDraft(InteractionType.CALL, this.today.plusDays(2), "Later", 0, null,
											null),
									null)))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("occurredOn"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> as("owner",
					() -> this.interactions.correct(logged.id(),
							new InteractionDraft(InteractionType.CALL, this.today, "  ", 0, null, null), null)))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("summary"));
		as("owner", () -> this.interactions.correct(logged.id(), draft("First correction"), logged.version()));

		assertThatExceptionOfType(StaleVersionException.class).isThrownBy(() -> as("owner",
				() -> this.interactions.correct(logged.id(), draft("Over the old version"), logged.version())));
		assertThatExceptionOfType(StaleVersionException.class).isThrownBy(() -> as("owner", () -> {
			this.interactions.delete(logged.id(), logged.version());
			return null;
		}));
		assertThat(summaryOf(logged.id())).isEqualTo("First correction");
		assertThat(audited("INTERACTION_CORRECTED", 1)).hasSize(1);
	}

	@Test
	void aCorrectionThatChangesNothingStoresNothing() {
		InteractionSummary logged = log("owner", this.today, "Call");

		InteractionSummary same = as("owner", () -> this.interactions.correct(logged.id(),
				new InteractionDraft(InteractionType.CALL, this.today, "Call", 1, null, null), logged.version()));

		assertThat(same.version()).isEqualTo(logged.version());
		assertThat(audit("INTERACTION_CORRECTED")).isEmpty();
	}

	@Test
	void deletingATouchpointKeepsItsCommitmentsAndTheLastContactFallsBackToTheOneBefore() {
		log("owner", this.today.minusDays(20), "Earlier call");
		Touchpoint touchpoint = as("owner",
				() -> this.commitments.logTouchpoint(this.relationship,
						new InteractionDraft(InteractionType.MEETING, this.today, "Planning", 2, null, null),
						List.of(new CommitmentDraft("Send the plan", this.owner, this.today.plusDays(7), null))));
		CommitmentSummary promise = touchpoint.commitments().get(0);
		assertThat(promise.interactionId()).isEqualTo(touchpoint.interaction().id());

		as("owner", () -> {
			this.interactions.delete(touchpoint.interaction().id(), touchpoint.interaction().version());
			return null;
		});

		assertThat(as("owner", () -> this.interactions.timeline(this.relationship, null, 10).items()))
			.extracting(InteractionSummary::summary)
			.containsExactly("Earlier call");
		CommitmentSummary kept = as("owner", () -> this.commitments.commitment(promise.id()));
		assertThat(kept.description()).isEqualTo("Send the plan");
		assertThat(kept.interactionId()).isNull();
		assertThat(kept.version()).isEqualTo(promise.version() + 1);
		assertThat(lastContact()).isEqualTo(this.today.minusDays(20));
		assertThat(audited("INTERACTION_DELETED", 1)).singleElement()
			.satisfies((detail) -> assertThat(detail).contains("type=MEETING").contains("occurredOn=" + this.today));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> as("owner", () -> this.interactions.interaction(touchpoint.interaction().id())));
	}

	@Test
	void deletingTheOnlyTouchpointLeavesNoLastContactAndTheStoredScoreFollowsAtOnce() {
		InteractionSummary only = as("owner",
				() -> this.interactions.log(this.relationship, new InteractionDraft(InteractionType.ESCALATION,
						this.today, "The only call, an angry one", -2, null, null)));
		Integer before = as("owner", () -> this.health.status(this.relationship).score());

		as("owner", () -> {
			this.interactions.delete(only.id(), null);
			return null;
		});

		assertThat(lastContact()).isNull();
		Integer stored = as("owner", () -> this.health.status(this.relationship).score());
		assertThat(stored).isNotEqualTo(before)
			.isEqualTo(as("owner", () -> this.health.health(this.relationship).score()));
	}

	@Test
	void oneWhoDoesNotReadPrivateNotesCorrectsTheirTouchpointAndTheNoteStays() {
		InteractionSummary logged = as("leader", () -> this.interactions.log(this.relationship,
				new InteractionDraft(InteractionType.CALL, this.today, "Leader's call", 0, null, null, "Keep quiet")));
		assertThat(logged.privateNoteWithheld()).isTrue();

		as("leader", () -> this.interactions.correct(logged.id(),
				new InteractionDraft(InteractionType.CALL, this.today, "Leader's call, corrected", 0, null, null),
				null));

		InteractionSummary seen = as("owner", () -> this.interactions.interaction(logged.id()));
		assertThat(seen.summary()).isEqualTo("Leader's call, corrected");
		assertThat(seen.privateNote()).isEqualTo("Keep quiet");
	}

	private InteractionDraft draft(String summary) {
		return new InteractionDraft(InteractionType.CALL, this.today, summary, 1, null, null);
	}

	private InteractionSummary log(String who, LocalDate day, String summary) {
		return as(who, () -> this.interactions.log(this.relationship,
				new InteractionDraft(InteractionType.CALL, day, summary, 1, null, null)));
	}

	private LocalDate lastContact() {
		return as("owner", () -> this.relationships.relationship(this.relationship).lastContactOn());
	}

	private String summaryOf(long id) {
		return as("owner", () -> this.interactions.interaction(id)).summary();
	}

	/**
	 * The audit records of an action once there are as many as expected: the audit log
	 * writes them after the change commits, on another thread.
	 */
	private List<String> audited(String action, int expected) {
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(10))
			.until(() -> audit(action).size() >= expected);
		return audit(action);
	}

	private List<String> audit(String action) {
		return this.jdbc
			.sql("select detail from accounts_audit_event where action = :action and target = :target order by id")
			.param("action", action)
			.param("target", "relationship:" + this.relationship)
			.query(String.class)
			.list();
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
