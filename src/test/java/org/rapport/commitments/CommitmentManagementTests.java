package org.rapport.commitments;

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
import org.rapport.directory.DirectoryFixtures;
import org.rapport.directory.DirectoryManagement;
import org.rapport.interactions.InteractionDraft;
import org.rapport.interactions.InteractionManagement;
import org.rapport.interactions.InteractionType;
import org.rapport.relationships.RelationshipDraft;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.Tier;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.StateConflictException;
import org.rapport.shared.NotFoundException;
import org.rapport.shared.StaleVersionException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SpringBootTest(properties = "rapport.demo.enabled=false")
@Import(MovableClock.Configuration.class)
@RecordApplicationEvents
class CommitmentManagementTests {

	@Autowired
	CommitmentManagement commitments;

	@Autowired
	RelationshipManagement relationships;

	@Autowired
	InteractionManagement interactions;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	MovableClock clock;

	@Autowired
	ApplicationEvents events;

	DirectoryFixtures people;

	String run;

	long relationship;

	long other;

	long owner;

	long outsider;

	@BeforeEach
	void relationship() {
		this.clock.set(LocalDate.of(2026, 3, 2));
		this.people = DirectoryFixtures.of(this.directory);
		this.run = this.people.run();
		long group = this.people.itGroup("Platform");
		long legal = this.people.businessUnit("Legal");
		long hr = this.people.businessUnit("HR");
		this.owner = this.people.itPerson("Keeper", group);
		this.outsider = this.people.businessPerson("Lawyer", legal);
		account("keeper", this.owner);
		account("bystander", this.people.itPerson("Bystander", group));
		SignedIn.asSystem(() -> {
			this.relationship = this.relationships
				.establish(new RelationshipDraft(group, legal, this.owner, Tier.CORE, null))
				.id();
			this.other = this.relationships.establish(new RelationshipDraft(group, hr, this.owner, Tier.CORE, null))
				.id();
			return null;
		});
	}

	@Test
	void aCommitmentPastItsDueDateIsOverdueAndKeepingItLateSaysSo() {
		CommitmentSummary promise = make("Send the contract review checklist", LocalDate.of(2026, 3, 9));
		assertThat(promise.state()).isEqualTo(CommitmentState.OPEN);
		assertThat(promise.overdue()).isFalse();

		this.clock.set(LocalDate.of(2026, 3, 12));
		assertThat(keeper(() -> this.commitments.commitments(this.relationship)).get(0).overdue()).isTrue();
		assertThat(keeper(() -> this.commitments.pendingOf(this.owner))).extracting(CommitmentSummary::id)
			.contains(promise.id());

		CommitmentSummary kept = keeper(
				() -> this.commitments.transition(promise.id(), new Transition(CommitmentState.KEPT, null)));
		assertThat(kept.keptLate()).isTrue();
		assertThat(kept.overdue()).isFalse();
		assertThat(kept.closedOn()).isEqualTo(LocalDate.of(2026, 3, 12));
		assertThat(keeper(() -> this.commitments.pendingOf(this.owner))).extracting(CommitmentSummary::id)
			.doesNotContain(promise.id());
	}

	@Test
	void renegotiatingMovesTheDueDateAndNeedsOne() {
		CommitmentSummary promise = make("Migrate the matter archive", LocalDate.of(2026, 3, 20));

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> keeper(() -> this.commitments.transition(promise.id(),
					new Transition(CommitmentState.RENEGOTIATED, null))))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("dueOn"));
		CommitmentSummary moved = keeper(() -> this.commitments.transition(promise.id(),
				new Transition(CommitmentState.RENEGOTIATED, LocalDate.of(2026, 4, 30))));

		assertThat(moved.state()).isEqualTo(CommitmentState.RENEGOTIATED);
		assertThat(moved.dueOn()).isEqualTo(LocalDate.of(2026, 4, 30));
		assertThat(moved.state().pending()).isTrue();
	}

	@Test
	void aClosedCommitmentStaysClosed() {
		CommitmentSummary promise = make("Fix the e-discovery export", LocalDate.of(2026, 3, 5));
		keeper(() -> this.commitments.transition(promise.id(), new Transition(CommitmentState.BROKEN, null)));

		assertThatExceptionOfType(StateConflictException.class)
			.isThrownBy(() -> keeper(
					() -> this.commitments.transition(promise.id(), new Transition(CommitmentState.KEPT, null))))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo("error.commitment.transition"));
	}

	@Test
	void reliabilityIsKeptOnTimeOverDueInTheLastYear() {
		CommitmentSummary onTime = make("Quarterly access review", LocalDate.of(2026, 3, 4));
		CommitmentSummary late = make("Retention policy draft", LocalDate.of(2026, 3, 3));
		CommitmentSummary broken = make("Contract database clean-up", LocalDate.of(2026, 3, 5));
		CommitmentSummary cancelled = make("Intranet page", LocalDate.of(2026, 3, 5));
		make("Not due yet", LocalDate.of(2026, 6, 1));
		keeper(() -> this.commitments.transition(onTime.id(), new Transition(CommitmentState.KEPT, null)));
		this.clock.set(LocalDate.of(2026, 3, 6));
		keeper(() -> this.commitments.transition(late.id(), new Transition(CommitmentState.KEPT, null)));
		keeper(() -> this.commitments.transition(broken.id(), new Transition(CommitmentState.BROKEN, null)));
		keeper(() -> this.commitments.transition(cancelled.id(), new Transition(CommitmentState.CANCELLED, null)));

		Reliability reliability = keeper(() -> this.commitments.reliability(this.relationship));

		assertThat(reliability.due()).isEqualTo(3);
		assertThat(reliability.keptOnTime()).isEqualTo(1);
		assertThat(reliability.ratio()).isEqualTo(1.0 / 3);
	}

	@Test
	void refusesAnOwnerOutsideItATouchpointOfAnotherRelationshipAndPeopleNotInvolved() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> keeper(() -> this.commitments.make(this.relationship,
					new CommitmentDraft("Lend a lawyer", this.outsider, LocalDate.of(2026, 4, 1), null))))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("ownerId"));
		long elsewhere = keeper(() -> this.interactions.log(this.other, new InteractionDraft(InteractionType.CALL,
				LocalDate.now(this.clock), "HR call", 0, List.of(), List.of())))
			.id();
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> keeper(() -> this.commitments.make(this.relationship,
					new CommitmentDraft("From the wrong call", this.owner, LocalDate.of(2026, 4, 1), elsewhere))))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("interactionId"));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> SignedIn.as(this.users, "bystander-" + this.run, () -> this.commitments
				.make(this.relationship, new CommitmentDraft("Unasked", this.owner, LocalDate.of(2026, 4, 1), null))));
		assertThat(keeper(() -> this.commitments.commitments(this.relationship))).isEmpty();
	}

	@Test
	void showsSomeoneElsesPendingCommitmentsOnlyOnRelationshipsTheCallerMayRead() {
		make("Send the plan", LocalDate.of(2026, 4, 1));
		account("stranger", this.people.itPerson("Stranger", this.people.itGroup("Network")));

		assertThat(keeper(() -> this.commitments.pendingOf(this.owner))).extracting(CommitmentSummary::description)
			.containsExactly("Send the plan");
		assertThat(SignedIn.as(this.users, "bystander-" + this.run, () -> this.commitments.pendingOf(this.owner)))
			.hasSize(1);
		assertThat(SignedIn.as(this.users, "stranger-" + this.run, () -> this.commitments.pendingOf(this.owner)))
			.isEmpty();
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> SignedIn.as(this.users,
				"stranger-" + this.run, () -> this.interactions.isOn(-1L, this.relationship)));
	}

	@Test
	void aTouchpointIsLoggedWithItsCommitmentsOrNotAtAll() {
		InteractionDraft meeting = new InteractionDraft(InteractionType.MEETING, LocalDate.of(2026, 3, 2),
				"Quarterly review", 1, List.of(), List.of());

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> keeper(() -> this.commitments.logTouchpoint(this.relationship, meeting,
					List.of(new CommitmentDraft("Send the minutes", this.owner, LocalDate.of(2026, 3, 9), null),
							new CommitmentDraft("Fix the export", this.outsider, LocalDate.of(2026, 3, 20), null)))))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("commitments[1].ownerId"));
		assertThat(keeper(() -> this.commitments.commitments(this.relationship))).isEmpty();
		assertThat(keeper(() -> this.interactions.timeline(this.relationship, null, 10).items())).isEmpty();

		Touchpoint logged = keeper(() -> this.commitments.logTouchpoint(this.relationship, meeting,
				List.of(new CommitmentDraft("Send the minutes", this.owner, LocalDate.of(2026, 3, 9), null))));
		assertThat(logged.commitments()).singleElement()
			.satisfies((commitment) -> assertThat(commitment.interactionId()).isEqualTo(logged.interaction().id()));
		assertThat(keeper(() -> this.interactions.timeline(this.relationship, null, 10).items())).hasSize(1);
	}

	@Test
	void aCommitmentIsNeverMadeAlreadyOverdueButMayBeDueToday() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> make("Yesterday's promise", LocalDate.of(2026, 3, 1)))
			.satisfies((ex) -> {
				assertThat(ex.getField()).isEqualTo("dueOn");
				assertThat(ex.getCode()).isEqualTo("error.commitment.due-on-past");
			});
		assertThat(keeper(() -> this.commitments.commitments(this.relationship))).isEmpty();

		CommitmentSummary today = make("Today's promise", LocalDate.of(2026, 3, 2));

		assertThat(today.dueOn()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(today.overdue()).isFalse();
	}

	@Test
	void aTouchpointWithAPromiseAlreadyOverdueIsRefusedWithTheRowNamedAndNothingIsStored() {
		InteractionDraft call = new InteractionDraft(InteractionType.CALL, LocalDate.of(2026, 3, 2), "Catch-up", 0,
				List.of(), List.of());

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> keeper(() -> this.commitments.logTouchpoint(this.relationship, call,
					List.of(new CommitmentDraft("Send the minutes", this.owner, LocalDate.of(2026, 3, 9), null),
							new CommitmentDraft("Fix the export", this.owner, LocalDate.of(2026, 2, 27), null)))))
			.satisfies((ex) -> {
				assertThat(ex.getField()).isEqualTo("commitments[1].dueOn");
				assertThat(ex.getCode()).isEqualTo("error.commitment.due-on-past");
			});
		assertThat(keeper(() -> this.commitments.commitments(this.relationship))).isEmpty();
		assertThat(keeper(() -> this.interactions.timeline(this.relationship, null, 10).items())).isEmpty();
	}

	@Test
	void onlyAnAdministratorRecordsAnEarlierCommitmentPastItsDueDay() {
		CommitmentDraft earlier = new CommitmentDraft("Send the audit report", this.owner, LocalDate.of(2026, 2, 1),
				null);

		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> keeper(() -> this.commitments.recordEarlier(this.relationship, earlier)));
		CommitmentSummary recorded = SignedIn
			.asSystem(() -> this.commitments.recordEarlier(this.relationship, earlier));

		assertThat(recorded.dueOn()).isEqualTo(LocalDate.of(2026, 2, 1));
		assertThat(recorded.overdue()).isTrue();
	}

	@Test
	void aPendingCommitmentsDescriptionAndOwnerAreCorrectedAndTheCorrectionIsPublished() {
		long colleague = this.people.itPerson("Colleague", this.people.itGroup("Delivery"));
		CommitmentSummary promise = make("Send the contract chcklist", LocalDate.of(2026, 3, 20));
		keeper(() -> this.commitments.transition(promise.id(),
				new Transition(CommitmentState.RENEGOTIATED, LocalDate.of(2026, 4, 2))));

		CommitmentSummary amended = keeper(() -> this.commitments.amend(promise.id(),
				new CommitmentAmendment("  Send the contract checklist ", colleague, 1L)));

		assertThat(amended.description()).isEqualTo("Send the contract checklist");
		assertThat(amended.ownerId()).isEqualTo(colleague);
		assertThat(amended.state()).isEqualTo(CommitmentState.RENEGOTIATED);
		assertThat(amended.dueOn()).isEqualTo(LocalDate.of(2026, 4, 2));
		assertThat(amended.version()).isEqualTo(2);
		assertThat(this.events.stream(CommitmentAmended.class)).singleElement().satisfies((event) -> {
			assertThat(event.commitmentId()).isEqualTo(promise.id());
			assertThat(event.previousDescription()).isEqualTo("Send the contract chcklist");
			assertThat(event.description()).isEqualTo("Send the contract checklist");
			assertThat(event.previousOwnerId()).isEqualTo(this.owner);
			assertThat(event.ownerId()).isEqualTo(colleague);
			assertThat(event.actor()).isEqualTo("keeper-" + this.run);
			assertThat(event.occurredAt()).isEqualTo(this.clock.instant());
			assertThat(event.detail()).startsWith(
					"description=Send the contract checklist; previousDescription=Send the contract chcklist; owner=");
		});

		CommitmentSummary unchanged = keeper(() -> this.commitments.amend(promise.id(),
				new CommitmentAmendment("Send the contract checklist", colleague, 2L)));
		assertThat(unchanged.version()).as("a correction that changes nothing stores nothing").isEqualTo(2);
		assertThat(this.events.stream(CommitmentAmended.class)).hasSize(1);
	}

	@Test
	void aCorrectionNamesAnOwnerInItAndSaysWhatWasPromised() {
		CommitmentSummary promise = make("Send the plan", LocalDate.of(2026, 3, 20));

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> keeper(() -> this.commitments.amend(promise.id(),
					new CommitmentAmendment("Send the plan", this.outsider, null))))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("ownerId"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> keeper(
					() -> this.commitments.amend(promise.id(), new CommitmentAmendment(" ", this.owner, null))))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("description"));
		assertThat(keeper(() -> this.commitments.commitment(promise.id()))).isEqualTo(promise);
	}

	@Test
	void aClosedCommitmentCannotBeCorrected() {
		CommitmentSummary promise = make("Fix the export", LocalDate.of(2026, 3, 5));
		CommitmentSummary kept = keeper(
				() -> this.commitments.transition(promise.id(), new Transition(CommitmentState.KEPT, null)));

		assertThatExceptionOfType(StateConflictException.class)
			.isThrownBy(() -> keeper(() -> this.commitments.amend(promise.id(),
					new CommitmentAmendment("Fix the export twice", this.owner, kept.version()))))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo("error.commitment.amend-closed"));
		assertThat(keeper(() -> this.commitments.commitment(promise.id())).description()).isEqualTo("Fix the export");
	}

	@Test
	void aCorrectionOverAVersionSomeoneElseChangedIsRefused() {
		CommitmentSummary promise = make("Review the access rights", LocalDate.of(2026, 3, 5));
		keeper(() -> this.commitments.amend(promise.id(),
				new CommitmentAmendment("Review the access rights of Legal", this.owner, promise.version())));

		assertThatExceptionOfType(StaleVersionException.class)
			.isThrownBy(() -> keeper(() -> this.commitments.amend(promise.id(),
					new CommitmentAmendment("Review all access rights", this.owner, promise.version()))))
			.satisfies((ex) -> assertThat(ex.getCurrent()).isEqualTo(promise.version() + 1));
		assertThat(keeper(() -> this.commitments.commitment(promise.id())).description())
			.isEqualTo("Review the access rights of Legal");
	}

	@Test
	void someoneWhoMayNotMoveTheCommitmentCannotCorrectIt() {
		CommitmentSummary promise = make("Send the plan", LocalDate.of(2026, 3, 20));
		account("stranger", this.people.itPerson("Stranger", this.people.itGroup("Network")));

		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> SignedIn.as(this.users,
				"bystander-" + this.run,
				() -> this.commitments.amend(promise.id(), new CommitmentAmendment("Send nothing", this.owner, null))));
		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> SignedIn.as(this.users,
				"stranger-" + this.run,
				() -> this.commitments.amend(promise.id(), new CommitmentAmendment("Send nothing", this.owner, null))));
		assertThat(keeper(() -> this.commitments.commitment(promise.id())).description()).isEqualTo("Send the plan");
	}

	private CommitmentSummary make(String description, LocalDate due) {
		return keeper(
				() -> new CommitmentFixtures(this.commitments).make(this.relationship, description, this.owner, due));
	}

	private void account(String name, long personId) {
		SignedIn.asSystem(() -> this.accounts.createAccount(
				new AccountDraft(name + "-" + this.run, "password-" + this.run, personId, Set.of(Role.IT_STAFF))));
	}

	private <T> T keeper(Supplier<T> action) {
		return SignedIn.as(this.users, "keeper-" + this.run, action);
	}

}
