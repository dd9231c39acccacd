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
import org.rapport.commitments.CommitmentDraft;
import org.rapport.commitments.CommitmentManagement;
import org.rapport.commitments.CommitmentState;
import org.rapport.commitments.CommitmentSummary;
import org.rapport.commitments.Transition;
import org.rapport.directory.DirectoryManagement;
import org.rapport.interactions.InteractionDraft;
import org.rapport.interactions.InteractionManagement;
import org.rapport.interactions.InteractionType;
import org.rapport.shared.AlreadyExistsException;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.NotFoundException;
import org.rapport.shared.StaleVersionException;
import org.rapport.shared.StateConflictException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A relationship ends with a reason and is reopened by whoever may change it, over its
 * version, with an event and an audit entry each; an ended relationship leaves the active
 * lists, stays findable, and takes nothing new until it is reopened.
 */
@SpringBootTest(properties = "rapport.demo.enabled=false")
@RecordApplicationEvents
class RelationshipClosureTests {

	@Autowired
	RelationshipManagement relationships;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	InteractionManagement interactions;

	@Autowired
	CommitmentManagement commitments;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	RelationshipMother mother;

	RelationshipMother.Sample sample;

	@BeforeEach
	void sample() {
		this.mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		this.sample = this.mother.sample("Closure");
		long otherGroup = this.mother.itGroup("Closure Desk");
		account("owner", this.sample.ownerId(), Role.IT_STAFF);
		account("participant", this.sample.participantId(), Role.IT_STAFF);
		account("colleague", this.mother.itPerson("Closure Colleague", this.sample.itGroupId()), Role.IT_STAFF);
		account("lead", this.mother.itPerson("Closure Lead", this.sample.itGroupId()), Role.IT_LEADER);
		account("desk", this.mother.itPerson("Closure Agent", otherGroup), Role.IT_STAFF);
		account("head", this.mother.itPerson("Closure Head", otherGroup), Role.RELATIONSHIP_MANAGER);
	}

	@Test
	void endsWithTheReasonMovesTheVersionAndWritesTheAuditLog() {
		long id = this.sample.id();
		long version = version();

		RelationshipSummary ended = as("head",
				() -> this.relationships.end(id, new ClosureDraft("  The contract ran out  "), version));

		assertThat(ended.ended()).isTrue();
		assertThat(ended.endedOn()).isEqualTo(LocalDate.now());
		assertThat(ended.endedBy()).isEqualTo(user("head"));
		assertThat(ended.endReason()).isEqualTo("The contract ran out");
		assertThat(ended.losingTouch()).isFalse();
		assertThat(ended.version()).isEqualTo(version + 1);
		assertThat(this.events.stream(RelationshipEnded.class)).singleElement().satisfies((event) -> {
			assertThat(event.relationshipId()).isEqualTo(id);
			assertThat(event.actor()).isEqualTo(user("head"));
			assertThat(event.detail()).isEqualTo("reason=The contract ran out");
		});
		awaitAudited("RELATIONSHIP_ENDED", 1);
	}

	@Test
	void anEndedRelationshipLeavesTheActiveListsAndTheCallersOwnButSearchFindsIt() {
		long id = this.sample.id();
		end("owner", "Merged into Sales");

		assertThat(as("owner", () -> this.relationships.relationships(RelationshipFilter.none(), null, 200).items()))
			.extracting(RelationshipSummary::id)
			.doesNotContain(id);
		assertThat(as("owner", () -> this.relationships.mine())).extracting(RelationshipSummary::id).doesNotContain(id);
		assertThat(as("owner", () -> this.relationships.relationships(ended(), null, 200).items()))
			.extracting(RelationshipSummary::id)
			.containsExactly(id);
		assertThat(as("owner",
				() -> this.relationships
					.relationships(new RelationshipFilter(null, null, null, this.sample.itGroupId(),
							RelationshipFilter.State.ALL), null, 200)
					.items()))
			.extracting(RelationshipSummary::id)
			.containsExactly(id);
		assertThat(as("owner", () -> this.relationships.search(this.mother.named("Closure Sales"), 10))).singleElement()
			.satisfies((found) -> {
				assertThat(found.id()).isEqualTo(id);
				assertThat(found.ended()).isTrue();
			});
		// Its record stays readable.
		assertThat(as("colleague", () -> this.relationships.details(id).stakeholders())).hasSize(1);
	}

	@Test
	void anEndedRelationshipLinksNoOneToItsCounterpartOnTheMapOfWhoKnowsWhom() {
		long before = as("head", () -> this.relationships.whoKnowsWhom(false, null, 10).counterpartCount());

		end("owner", "Merged into Sales");

		assertThat(as("head", () -> this.relationships.whoKnowsWhom(false, null, 10).counterpartCount()))
			.isEqualTo(before - 1);
		as("owner", () -> this.relationships.reopen(this.sample.id(), null));
		assertThat(as("head", () -> this.relationships.whoKnowsWhom(false, null, 10).counterpartCount()))
			.isEqualTo(before);
	}

	@Test
	void reopensAnEndedRelationshipBackIntoTheActivePortfolio() {
		long id = this.sample.id();
		end("owner", "Merged into Sales");
		long version = version();

		RelationshipSummary reopened = as("owner", () -> this.relationships.reopen(id, version));

		assertThat(reopened.ended()).isFalse();
		assertThat(reopened.endedOn()).isNull();
		assertThat(reopened.endReason()).isNull();
		assertThat(reopened.version()).isEqualTo(version + 1);
		assertThat(this.events.stream(RelationshipReopened.class)).singleElement().satisfies((event) -> {
			assertThat(event.endedOn()).isEqualTo(LocalDate.now());
			assertThat(event.endReason()).isEqualTo("Merged into Sales");
			assertThat(event.detail()).isEqualTo("endedOn=" + LocalDate.now() + "; endReason=Merged into Sales");
		});
		awaitAudited("RELATIONSHIP_REOPENED", 1);
		assertThat(as("owner", () -> this.relationships.mine())).extracting(RelationshipSummary::id).contains(id);
		assertThat(as("owner", () -> this.relationships.relationships(ended(), null, 200).items())).isEmpty();
	}

	@Test
	void endingAnEndedRelationshipOrReopeningAnActiveOneIsAConflictThatStoresNothing() {
		long id = this.sample.id();
		long active = version();
		assertThatExceptionOfType(StateConflictException.class)
			.isThrownBy(() -> as("owner", () -> this.relationships.reopen(id, null)))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo("error.relationship.not-ended"));
		assertThat(version()).isEqualTo(active);

		end("owner", "Merged into Sales");
		long ended = version();

		assertThatExceptionOfType(StateConflictException.class)
			.isThrownBy(() -> as("head", () -> this.relationships.end(id, new ClosureDraft("Once more"), null)))
			.satisfies((ex) -> {
				assertThat(ex.getCode()).isEqualTo("error.relationship.ended-already");
				assertThat(ex.getArguments()).containsExactly(user("owner"));
			});
		assertThat(version()).isEqualTo(ended);
		assertThat(relationship().endReason()).isEqualTo("Merged into Sales");
		assertThat(this.events.stream(RelationshipEnded.class)).hasSize(1);
		assertThat(this.events.stream(RelationshipReopened.class)).isEmpty();
	}

	@Test
	void theReasonIsRequiredAndAtMostFiveHundredCharacters() {
		long id = this.sample.id();

		for (String missing : new String[] { null, "", "   " }) {
			assertThatExceptionOfType(InvalidInputException.class)
				.isThrownBy(() -> as("owner", () -> this.relationships.end(id, new ClosureDraft(missing), null)))
				.satisfies((ex) -> assertRefusedReason(ex, "relationship.end.reason.required"));
		}
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> as("owner",
					() -> this.relationships.end(id, new ClosureDraft("x".repeat(ClosureDraft.REASON_MAX + 1)), null)))
			.satisfies((ex) -> assertRefusedReason(ex, "relationship.end.reason.too-long"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> as("owner", () -> this.relationships.end(id, new ClosureDraft("Ended\u0000"), null)))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("reason"));
		assertThat(relationship().ended()).isFalse();

		assertThat(as("owner",
				() -> this.relationships.end(id, new ClosureDraft("x".repeat(ClosureDraft.REASON_MAX)), null))
			.endReason()).hasSize(ClosureDraft.REASON_MAX);
	}

	@Test
	void anEndingOrReopeningOverAnOlderVersionIsRefused() {
		long id = this.sample.id();
		long old = version();
		as("owner", () -> this.relationships.change(id, new RelationshipDraft(this.sample.itGroupId(),
				this.sample.counterpartId(), this.sample.ownerId(), Tier.STRATEGIC, List.of(), old)));

		assertThatExceptionOfType(StaleVersionException.class)
			.isThrownBy(() -> as("owner", () -> this.relationships.end(id, new ClosureDraft("Too late"), old)));
		assertThat(relationship().ended()).isFalse();

		end("owner", "Merged into Sales");
		assertThatExceptionOfType(StaleVersionException.class)
			.isThrownBy(() -> as("owner", () -> this.relationships.reopen(id, old)));
		assertThat(relationship().ended()).isTrue();
	}

	@Test
	void whoeverMayChangeTheRelationshipMayEndAndReopenIt() {
		long id = this.sample.id();
		ClosureDraft draft = new ClosureDraft("Merged into Sales");

		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> as("colleague", () -> this.relationships.end(id, draft, null)));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> as("desk", () -> this.relationships.end(id, draft, null)));
		assertThat(relationship().ended()).isFalse();

		for (String who : List.of("owner", "participant", "lead", "head")) {
			assertThat(as(who, () -> this.relationships.end(id, draft, null)).ended()).as(who).isTrue();
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> as("colleague", () -> this.relationships.reopen(id, null)));
			assertThat(as(who, () -> this.relationships.reopen(id, null)).ended()).as(who).isFalse();
		}
	}

	@Test
	void anEndedRelationshipTakesNoChangesTouchpointsOrCommitmentsButClosesTheCommitmentsItHas() {
		long id = this.sample.id();
		CommitmentSummary promise = as("owner",
				() -> this.commitments.make(id, new CommitmentDraft("Send the migration plan", this.sample.ownerId(),
						LocalDate.now().plusDays(7), null)));
		end("owner", "Merged into Sales");
		long stakeholder = this.sample.stakeholder().id();
		long version = version();

		List<Runnable> refused = List.of(
				() -> this.relationships.change(id,
						new RelationshipDraft(this.sample.itGroupId(), this.sample.counterpartId(),
								this.sample.ownerId(), Tier.STRATEGIC, List.of())),
				() -> this.relationships.addStakeholder(id,
						new StakeholderDraft(null, "Late Stakeholder", null, null, 3, 3, Stance.NEUTRAL, null)),
				() -> this.relationships.changeStakeholder(id, stakeholder,
						new StakeholderDraft(null, null, null, null, 5, 5, Stance.DETRACTOR, null), null),
				() -> this.relationships.removeStakeholder(id, stakeholder, null),
				() -> this.relationships.assessMaturity(id,
						new MaturityDraft(Side.IT, 3, LocalDate.now(), "After the end")),
				() -> this.interactions.log(id,
						new InteractionDraft(InteractionType.CALL, LocalDate.now(), "Farewell call", 0, null, null)),
				() -> this.commitments.make(id, new CommitmentDraft("One more promise", this.sample.ownerId(),
						LocalDate.now().plusDays(3), null)));
		for (Runnable change : refused) {
			assertThatExceptionOfType(RelationshipEndedException.class).isThrownBy(() -> as("owner", () -> {
				change.run();
				return null;
			})).satisfies((ex) -> {
				assertThat(ex.getCode()).isEqualTo("error.relationship.ended");
				assertThat(ex.getRelationshipId()).isEqualTo(id);
			});
		}
		assertThat(version()).isEqualTo(version);
		assertThat(relationship().tier()).isEqualTo(Tier.CORE);
		assertThat(as("owner", () -> this.relationships.stakeholders(id))).singleElement()
			.satisfies((kept) -> assertThat(kept.stance()).isEqualTo(Stance.SUPPORTER));
		assertThat(as("owner", () -> this.interactions.timeline(id, null, null).items())).isEmpty();

		CommitmentSummary kept = as("owner",
				() -> this.commitments.transition(promise.id(), new Transition(CommitmentState.KEPT, null)));
		assertThat(kept.state()).isEqualTo(CommitmentState.KEPT);
	}

	@Test
	void aPairWhoseRelationshipEndedIsReopenedRatherThanEstablishedAgain() {
		end("owner", "Merged into Sales");

		assertThatExceptionOfType(AlreadyExistsException.class)
			.isThrownBy(() -> this.mother.establish(this.sample.itGroupId(), this.sample.counterpartId(),
					this.sample.ownerId(), Tier.CORE))
			.satisfies((ex) -> {
				assertThat(ex.getField()).isEqualTo("counterpartId");
				assertThat(ex.getCode()).isEqualTo("error.relationship.already-exists-ended");
			});
	}

	/**
	 * The reason was refused by the rule of {@link ClosureDraft}, with its message.
	 */
	private static void assertRefusedReason(InvalidInputException ex, String message) {
		assertThat(ex.getField()).isEqualTo("reason");
		assertThat(ex.getArguments()).singleElement()
			.isInstanceOfSatisfying(MessageSourceResolvable.class,
					(resolvable) -> assertThat(resolvable.getCodes()).containsExactly(message));
	}

	private static RelationshipFilter ended() {
		return new RelationshipFilter(null, null, null, null, RelationshipFilter.State.ENDED);
	}

	private void end(String who, String reason) {
		as(who, () -> this.relationships.end(this.sample.id(), new ClosureDraft(reason), null));
	}

	private RelationshipSummary relationship() {
		return SignedIn.asSystem(() -> this.relationships.relationship(this.sample.id()));
	}

	private long version() {
		return relationship().version();
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

	private String user(String name) {
		return name + "-" + this.mother.run();
	}

	private void account(String username, long personId, Role role) {
		this.mother.account(user(username), "password-" + this.mother.run(), personId, role);
	}

	private <T> T as(String username, Supplier<T> action) {
		return SignedIn.as(this.users, user(username), action);
	}

}
