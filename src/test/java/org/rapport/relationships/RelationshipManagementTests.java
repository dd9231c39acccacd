package org.rapport.relationships;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.UnitKind;
import org.rapport.shared.AlreadyExistsException;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.KeysetPage;
import org.rapport.shared.NotFoundException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@SpringBootTest(properties = "rapport.demo.enabled=false")
class RelationshipManagementTests {

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
	MessageSource messages;

	RelationshipMother mother;

	String run;

	long infrastructure;

	long serviceDesk;

	long finance;

	long vendor;

	long brmPerson;

	long ownerPerson;

	long colleague;

	long otherGroupStaff;

	long businessPerson;

	@BeforeEach
	void organisation() {
		this.mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		this.run = this.mother.run();
		long it = this.mother.itGroup("IT");
		this.infrastructure = this.mother.itGroup("Infrastructure", it);
		this.serviceDesk = this.mother.itGroup("Service Desk", it);
		this.finance = this.mother.businessUnit("Finance");
		this.vendor = this.mother.vendor("Cobalt Hosting");
		this.brmPerson = this.mother.itPerson("Head of RM", it);
		this.ownerPerson = this.mother.itPerson("Owner", this.infrastructure);
		this.colleague = this.mother.itPerson("Colleague", this.infrastructure);
		this.otherGroupStaff = this.mother.itPerson("Desk agent", this.serviceDesk);
		this.businessPerson = this.mother.outsider("Controller", this.finance);
		account("brm", this.brmPerson, Role.RELATIONSHIP_MANAGER);
		account("owner", this.ownerPerson, Role.IT_STAFF);
		account("colleague", this.colleague, Role.IT_STAFF);
		account("desk", this.otherGroupStaff, Role.IT_STAFF);
		account("lead", this.mother.itPerson("Infrastructure lead", this.infrastructure), Role.IT_LEADER);
	}

	@Test
	void establishesARelationshipWhoseKindFollowsTheCounterpartAndKeepsItsFirstOwner() {
		RelationshipSummary created = as("brm", () -> this.relationships
			.establish(new RelationshipDraft(this.infrastructure, this.vendor, this.ownerPerson, Tier.CORE, null)));

		assertThat(created.kind()).isEqualTo(UnitKind.VENDOR);
		assertThat(created.ownerId()).isEqualTo(this.ownerPerson);
		assertThat(created.lastContactOn()).isNull();
		RelationshipDetails details = as("brm", () -> this.relationships.details(created.id()));
		assertThat(details.owners()).singleElement().satisfies((change) -> {
			assertThat(change.ownerId()).isEqualTo(this.ownerPerson);
			assertThat(change.previousOwnerId()).isNull();
		});
	}

	@Test
	void refusesAnOwnerOutsideItAndStoresNothing() {
		long before = count();
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> as("brm",
					() -> this.relationships.establish(new RelationshipDraft(this.infrastructure, this.finance,
							this.businessPerson, Tier.CORE, null))))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("ownerId"));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void refusesABusinessUnitOnItsSideTheSameUnitOnBothSidesAndASecondRelationshipBetweenThem() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> as("brm",
					() -> this.relationships.establish(
							new RelationshipDraft(this.finance, this.vendor, this.ownerPerson, Tier.CORE, null))))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("itGroupId"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> as("brm",
					() -> this.relationships.establish(new RelationshipDraft(this.infrastructure, this.infrastructure,
							this.ownerPerson, Tier.CORE, null))))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("counterpartId"));
		establish(this.finance);
		assertThatExceptionOfType(AlreadyExistsException.class).isThrownBy(() -> establish(this.finance))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("counterpartId"))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo("error.relationship.already-exists"))
			.satisfies((ex) -> assertThat(this.messages.getMessage(ex, Locale.ENGLISH))
				.isEqualTo("Infrastructure " + this.run + " already has a relationship with Finance " + this.run));
	}

	@Test
	void refusesWithMessageCodesThatTheBundleRendersWithTheirArguments() {
		InvalidInputException outsider = catchThrowableOfType(InvalidInputException.class,
				() -> as("brm", () -> this.relationships.establish(new RelationshipDraft(this.infrastructure,
						this.finance, this.businessPerson, Tier.CORE, null))));
		assertThat(outsider.getCode()).isEqualTo("error.relationship.not-in-it");
		assertThat(this.messages.getMessage(outsider, Locale.ENGLISH)).startsWith("Controller " + this.run
				+ " does not work in IT; owners, participants and IT contacts are people in IT");

		InvalidInputException notAGroup = catchThrowableOfType(InvalidInputException.class,
				() -> as("brm", () -> this.relationships
					.establish(new RelationshipDraft(this.finance, this.vendor, this.ownerPerson, Tier.CORE, null))));
		assertThat(this.messages.getMessage(notAGroup, Locale.ENGLISH))
			.isEqualTo("Finance " + this.run + " is not an IT group");

		RelationshipMother.Sample sample = this.mother.sample("Coded");
		InvalidInputException twice = catchThrowableOfType(AlreadyExistsException.class,
				() -> this.mother.stakeholder(sample.id(), sample.stakeholderPersonId(), Stance.CHAMPION, null));
		assertThat(twice.getField()).isEqualTo("personId");
		assertThat(this.messages.getMessage(twice, Locale.ENGLISH))
			.isEqualTo("Coded Buyer " + this.run + " is already a stakeholder of this relationship");
		InvalidInputException nameless = catchThrowableOfType(InvalidInputException.class,
				() -> SignedIn.asSystem(() -> this.relationships.addStakeholder(sample.id(),
						new StakeholderDraft(null, " ", null, null, 3, 3, Stance.NEUTRAL, null))));
		assertThat(nameless.getField()).isEqualTo("name");
		assertThat(this.messages.getMessage(nameless, Locale.ENGLISH))
			.isEqualTo("Name the stakeholder, or choose a person from the directory");
		InvalidInputException side = catchThrowableOfType(InvalidInputException.class,
				() -> SignedIn.asSystem(() -> this.relationships.assessMaturity(sample.id(),
						new MaturityDraft(null, 3, LocalDate.now(), null))));
		assertThat(this.messages.getMessage(side, Locale.ENGLISH))
			.isEqualTo("Say whose view it is: IT's or the counterpart's");
	}

	@Test
	void theSampleRelationshipHasItsOwnerParticipantAndStakeholder() {
		RelationshipMother.Sample sample = this.mother.sample("Sample");

		RelationshipDetails details = as("brm", () -> this.relationships.details(sample.id()));
		assertThat(details.relationship().ownerId()).isEqualTo(sample.ownerId());
		assertThat(details.relationship().participantIds()).containsExactly(sample.participantId());
		assertThat(details.stakeholders()).extracting(StakeholderSummary::id)
			.containsExactly(sample.stakeholder().id());
		assertThat(details.stakeholders().get(0).itContactName()).isEqualTo("Sample Owner " + this.run);
	}

	@Test
	void onlyThoseWhoSteerThePortfolioEstablishRelationships() {
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> as("owner", () -> this.relationships
			.establish(new RelationshipDraft(this.infrastructure, this.finance, this.ownerPerson, Tier.CORE, null))));
	}

	@Test
	void theHeadOfRelationshipManagementReassignsOwnersAndTheHistoryKeepsBoth() {
		RelationshipSummary relationship = establish(this.finance);

		as("brm", () -> this.relationships.change(relationship.id(), new RelationshipDraft(this.infrastructure,
				this.finance, this.colleague, Tier.STRATEGIC, List.of(this.ownerPerson))));

		RelationshipDetails details = as("brm", () -> this.relationships.details(relationship.id()));
		assertThat(details.relationship().ownerId()).isEqualTo(this.colleague);
		assertThat(details.relationship().tier()).isEqualTo(Tier.STRATEGIC);
		assertThat(details.relationship().participantIds()).containsExactly(this.ownerPerson);
		assertThat(details.owners()).extracting(OwnerChange::ownerId).containsExactly(this.colleague, this.ownerPerson);
		assertThat(details.owners().get(0).previousOwnerId()).isEqualTo(this.ownerPerson);
	}

	@Test
	void anOwnerChangesTheTierButCannotHandTheRelationshipOn() {
		RelationshipSummary relationship = establish(this.finance);

		RelationshipSummary changed = as("owner", () -> this.relationships.change(relationship.id(),
				new RelationshipDraft(this.infrastructure, this.finance, this.ownerPerson, Tier.TRANSACTIONAL, null)));
		assertThat(changed.tier()).isEqualTo(Tier.TRANSACTIONAL);

		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> as("owner", () -> this.relationships.change(relationship.id(),
					new RelationshipDraft(this.infrastructure, this.finance, this.colleague, Tier.CORE, null))));
	}

	@Test
	void staffReadTheirGroupsRelationshipsWithoutChangingThemAndDoNotSeeOtherGroups() {
		RelationshipSummary relationship = establish(this.finance);

		assertThat(as("colleague", () -> this.relationships.details(relationship.id()).editable())).isFalse();
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> as("colleague", () -> this.relationships.change(relationship.id(),
					new RelationshipDraft(this.infrastructure, this.finance, this.ownerPerson, Tier.STRATEGIC, null))));
		assertThat(as("lead", () -> this.relationships.details(relationship.id()).editable())).isTrue();

		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> as("desk", () -> this.relationships.relationship(relationship.id())));
		assertThat(as("desk", () -> this.relationships.relationships(RelationshipFilter.none(), null, 200).items()))
			.extracting(RelationshipSummary::id)
			.doesNotContain(relationship.id());
		assertThat(
				as("colleague", () -> this.relationships.relationships(RelationshipFilter.none(), null, 200).items()))
			.extracting(RelationshipSummary::id)
			.contains(relationship.id());
	}

	@Test
	void keepsStakeholdersOnTheCounterpartSideOnceEach() {
		RelationshipSummary relationship = establish(this.finance);

		StakeholderSummary controller = as("owner",
				() -> this.relationships.addStakeholder(relationship.id(), new StakeholderDraft(this.businessPerson,
						null, null, "Controller", 5, 4, Stance.SCEPTIC, this.ownerPerson)));
		assertThat(controller.name()).isEqualTo("Controller " + this.run);
		assertThat(controller.itContactName()).isEqualTo("Owner " + this.run);

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> as("owner",
					() -> this.relationships.addStakeholder(relationship.id(),
							new StakeholderDraft(this.businessPerson, null, null, null, 3, 3, Stance.NEUTRAL, null))))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("personId"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> as("owner",
					() -> this.relationships.addStakeholder(relationship.id(),
							new StakeholderDraft(null, "Ada", "ada@example.org", null, 6, 3, Stance.NEUTRAL, null))))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("influence"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> as("owner",
					() -> this.relationships.addStakeholder(relationship.id(),
							new StakeholderDraft(null, "Ada", "ada@example.org", null, 2, 3, Stance.NEUTRAL,
									this.businessPerson))))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("itContactId"));
		assertThat(as("owner", () -> this.relationships.stakeholders(relationship.id()))).hasSize(1);
	}

	@Test
	void recordsMaturityFromBothSidesAndShowsTheCurrentViewsTheGapAndTheHistoryNewestFirst() {
		RelationshipSummary relationship = establish(this.finance);
		LocalDate today = LocalDate.now();

		as("owner", () -> this.relationships.assessMaturity(relationship.id(),
				new MaturityDraft(Side.IT, 4, today.minusDays(60), "We advise on the ERP roadmap")));
		as("owner", () -> this.relationships.assessMaturity(relationship.id(),
				new MaturityDraft(Side.COUNTERPART, 2, today.minusDays(30), "The controller sees tickets")));
		MaturityDetails maturity = as("owner", () -> this.relationships.assessMaturity(relationship.id(),
				new MaturityDraft(Side.IT, 5, today.minusDays(10), null)));

		assertThat(maturity.itView().maturity()).isEqualTo(Maturity.STRATEGIC_PARTNER);
		assertThat(maturity.counterpartView().maturity()).isEqualTo(Maturity.ORDER_TAKER);
		assertThat(maturity.counterpartView().note()).isEqualTo("The controller sees tickets");
		assertThat(maturity.gap()).isEqualTo(3);
		assertThat(maturity.disagree()).isTrue();
		assertThat(maturity.history()).extracting(MaturityAssessment::level).containsExactly(5, 2, 4);
		assertThat(maturity.history().get(0).recordedBy()).isEqualTo("owner-" + this.run);
		assertThat(as("colleague", () -> this.relationships.maturity(relationship.id()).history())).hasSize(3);
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.sql(
					"select count(*) from accounts_audit_event where action = 'MATURITY_ASSESSED' and target = :target")
				.param("target", "relationship:" + relationship.id())
				.query(Long.class)
				.single() == 3);
	}

	@Test
	void aLaterAssessmentOfAnEarlierDayDoesNotReplaceTheCurrentView() {
		RelationshipSummary relationship = establish(this.finance);
		LocalDate today = LocalDate.now();
		as("owner", () -> this.relationships.assessMaturity(relationship.id(),
				new MaturityDraft(Side.COUNTERPART, 3, today.minusDays(5), null)));

		MaturityDetails maturity = as("owner", () -> this.relationships.assessMaturity(relationship.id(),
				new MaturityDraft(Side.COUNTERPART, 1, today.minusDays(400), "From last year's review")));

		assertThat(maturity.counterpartView().level()).isEqualTo(3);
		assertThat(maturity.itView()).isNull();
		assertThat(maturity.gap()).isNull();
		assertThat(maturity.history()).extracting(MaturityAssessment::assessedOn)
			.containsExactly(today.minusDays(5), today.minusDays(400));
	}

	@Test
	void refusesAMaturityAssessmentWithoutASideOutOfRangeOrInTheFutureAndStoresNothing() {
		RelationshipSummary relationship = establish(this.finance);
		LocalDate today = LocalDate.now();

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> as("owner",
					() -> this.relationships.assessMaturity(relationship.id(),
							new MaturityDraft(null, 3, today, null))))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("side"));
		for (Integer level : new Integer[] { null, 0, 6 }) {
			assertThatExceptionOfType(InvalidInputException.class)
				.isThrownBy(() -> as("owner",
						() -> this.relationships.assessMaturity(relationship.id(),
								new MaturityDraft(Side.IT, level, today, null))))
				.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("level"));
		}
		for (LocalDate day : new LocalDate[] { null, today.plusDays(1) }) {
			assertThatExceptionOfType(InvalidInputException.class)
				.isThrownBy(() -> as("owner",
						() -> this.relationships.assessMaturity(relationship.id(),
								new MaturityDraft(Side.IT, 3, day, null))))
				.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("assessedOn"));
		}
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> as("owner",
					() -> this.relationships.assessMaturity(relationship.id(),
							new MaturityDraft(Side.IT, 3, today, "x".repeat(1001)))))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("note"));
		assertThat(assessments(relationship.id())).isZero();
	}

	@Test
	void onlyThoseWhoMayChangeARelationshipRecordItsMaturityAndOtherGroupsDoNotSeeIt() {
		RelationshipSummary relationship = establish(this.finance);
		MaturityDraft draft = new MaturityDraft(Side.IT, 3, LocalDate.now(), null);

		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> as("colleague", () -> this.relationships.assessMaturity(relationship.id(), draft)));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> as("desk", () -> this.relationships.assessMaturity(relationship.id(), draft)));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> as("desk", () -> this.relationships.maturity(relationship.id())));
		assertThat(assessments(relationship.id())).isZero();

		as("lead", () -> this.relationships.assessMaturity(relationship.id(), draft));
		assertThat(assessments(relationship.id())).isEqualTo(1);
	}

	@Test
	void mapsWhoKnowsEachCounterpartAndFlagsThoseThatRestOnOnePerson() {
		RelationshipSummary finance = establish(this.finance);
		RelationshipSummary hosting = establish(this.vendor);
		// Finance is known by its owner, a participant and the IT contact of a
		// stakeholder; the vendor by its owner alone.
		as("brm", () -> this.relationships.change(finance.id(), new RelationshipDraft(this.infrastructure, this.finance,
				this.ownerPerson, Tier.CORE, List.of(this.colleague))));
		as("owner", () -> this.relationships.addStakeholder(finance.id(), new StakeholderDraft(this.businessPerson,
				null, null, "Controller", 4, 4, Stance.NEUTRAL, this.otherGroupStaff)));

		WhoKnowsWhom map = as("brm", () -> this.relationships.whoKnowsWhom(false, null, 200));

		WhoKnowsWhom.Counterpart financeRow = row(false, this.finance);
		assertThat(financeRow.peopleCount()).isEqualTo(3);
		assertThat(financeRow.restsOnOnePerson()).isFalse();
		assertThat(financeRow.people().get(0).personId()).isEqualTo(this.ownerPerson);
		assertThat(financeRow.people().get(0).owner()).isTrue();
		assertThat(financeRow.people()).filteredOn((link) -> link.personId() == this.otherGroupStaff)
			.singleElement()
			.satisfies((link) -> assertThat(link.contact()).isTrue());
		assertThat(financeRow.relationships()).extracting(WhoKnowsWhom.Through::relationshipId)
			.containsExactly(finance.id());
		WhoKnowsWhom.Counterpart hostingRow = row(false, this.vendor);
		assertThat(hostingRow.restsOnOnePerson()).isTrue();
		assertThat(hostingRow.relationships()).extracting(WhoKnowsWhom.Through::relationshipId)
			.containsExactly(hosting.id());
		assertThat(map.soleLinks()).filteredOn((link) -> link.personId() == this.ownerPerson)
			.singleElement()
			.satisfies((link) -> assertThat(link.counterparts()).extracting(WhoKnowsWhom.CounterpartRef::id)
				.contains(this.vendor)
				.doesNotContain(this.finance));

		List<WhoKnowsWhom.Counterpart> single = everyCounterpart("brm", true);
		assertThat(single).extracting(WhoKnowsWhom.Counterpart::id).contains(this.vendor).doesNotContain(this.finance);
		assertThat(single).allMatch(WhoKnowsWhom.Counterpart::restsOnOnePerson);
		assertThat(map.singlePersonCount()).isEqualTo(single.size());
		assertThat(map.counterpartCount()).isEqualTo(everyCounterpart("brm", false).size());
	}

	@Test
	void aCounterpartThatTwoGroupsKnowOnlyThroughTheSamePersonStillRestsOnThatPerson() {
		establish(this.vendor);
		RelationshipSummary desk = as("brm", () -> this.relationships
			.establish(new RelationshipDraft(this.serviceDesk, this.vendor, this.ownerPerson, Tier.CORE, null)));
		as("owner", () -> this.relationships.addStakeholder(desk.id(),
				new StakeholderDraft(null, "Account manager", null, null, 3, 3, Stance.SUPPORTER, this.ownerPerson)));

		WhoKnowsWhom.Counterpart once = row(false, this.vendor);
		assertThat(once.restsOnOnePerson()).isTrue();
		assertThat(once.relationships()).hasSize(2);
		assertThat(once.people()).singleElement().satisfies((link) -> {
			assertThat(link.owner()).isTrue();
			assertThat(link.contact()).isTrue();
		});

		as("brm", () -> this.relationships.change(desk.id(), new RelationshipDraft(this.serviceDesk, this.vendor,
				this.ownerPerson, Tier.CORE, List.of(this.otherGroupStaff))));
		assertThat(row(false, this.vendor).peopleCount()).isEqualTo(2);
		assertThat(everyCounterpart("brm", true)).extracting(WhoKnowsWhom.Counterpart::id).doesNotContain(this.vendor);
	}

	@Test
	void theMapPagesThroughCounterpartsByNameWithAndWithoutTheFilter() {
		long second = this.mother.vendor("Zz second vendor");
		establish(this.finance);
		establish(this.vendor);
		establish(second);

		for (boolean single : new boolean[] { false, true }) {
			List<Long> seen = new ArrayList<>();
			String after = null;
			do {
				String cursor = after;
				var page = as("brm", () -> this.relationships.whoKnowsWhom(single, cursor, 1)).counterparts();
				page.items().forEach((counterpart) -> seen.add(counterpart.id()));
				after = page.next();
			}
			while (after != null);
			assertThat(seen).doesNotHaveDuplicates().contains(this.finance, this.vendor, second);
		}
	}

	@Test
	void itLeadersMapTheirGroupsAndStaffMayNotOpenTheMap() {
		RelationshipSummary relationship = establish(this.finance);
		long deskGroupVendor = this.mother.vendor("Desk vendor");
		as("brm", () -> this.relationships.establish(
				new RelationshipDraft(this.serviceDesk, deskGroupVendor, this.otherGroupStaff, Tier.CORE, null)));

		List<WhoKnowsWhom.Counterpart> led = everyCounterpart("lead", false);

		assertThat(led).extracting(WhoKnowsWhom.Counterpart::id).contains(this.finance).doesNotContain(deskGroupVendor);
		assertThat(led).flatExtracting(WhoKnowsWhom.Counterpart::relationships)
			.extracting(WhoKnowsWhom.Through::relationshipId)
			.contains(relationship.id());
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> as("owner", () -> this.relationships.whoKnowsWhom(false, null, 50)));
	}

	private WhoKnowsWhom.Counterpart row(boolean single, long counterpartId) {
		return everyCounterpart("brm", single).stream()
			.filter((counterpart) -> counterpart.id() == counterpartId)
			.findFirst()
			.orElseThrow();
	}

	private List<WhoKnowsWhom.Counterpart> everyCounterpart(String username, boolean single) {
		List<WhoKnowsWhom.Counterpart> all = new ArrayList<>();
		String after = null;
		do {
			String cursor = after;
			KeysetPage<WhoKnowsWhom.Counterpart> page = as(username,
					() -> this.relationships.whoKnowsWhom(single, cursor, 200))
				.counterparts();
			all.addAll(page.items());
			after = page.next();
		}
		while (after != null);
		return all;
	}

	private long assessments(long relationshipId) {
		return this.jdbc.sql("select count(*) from relationships_maturity where relationship_id = :id")
			.param("id", relationshipId)
			.query(Long.class)
			.single();
	}

	private RelationshipSummary establish(long counterpart) {
		return as("brm", () -> this.relationships
			.establish(new RelationshipDraft(this.infrastructure, counterpart, this.ownerPerson, Tier.CORE, null)));
	}

	private long count() {
		return this.jdbc.sql("select count(*) from relationships_relationship").query(Long.class).single();
	}

	private void account(String username, long personId, Role role) {
		this.mother.account(username + "-" + this.run, "password-" + this.run, personId, role);
	}

	private <T> T as(String username, Supplier<T> action) {
		return SignedIn.as(this.users, username + "-" + this.run, action);
	}

}
