package org.rapport.demo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.AccountSummary;
import org.rapport.accounts.Role;
import org.rapport.demo.DemoOrganisation.Person;
import org.rapport.demo.DemoOrganisation.Unit;
import org.rapport.development.CoverageMeasure;
import org.rapport.development.CoverageReport;
import org.rapport.development.DevelopmentCoverage;
import org.rapport.development.EnrolmentState;
import org.rapport.development.EnrolmentSummary;
import org.rapport.development.TrainingSessionSummary;
import org.rapport.development.TrainingSummary;
import org.rapport.development.Trainings;
import org.rapport.directory.DirectoryFacts;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.Leadership;
import org.rapport.directory.PersonSummary;
import org.rapport.directory.UnitKind;

import org.rapport.commitments.CommitmentManagement;
import org.rapport.commitments.CommitmentState;
import org.rapport.commitments.CommitmentSummary;
import org.rapport.relationships.Maturity;
import org.rapport.relationships.MaturityAssessment;
import org.rapport.relationships.MaturityDetails;
import org.rapport.relationships.OwnerChange;
import org.rapport.relationships.RelationshipFilter;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipSummary;
import org.rapport.relationships.Side;
import org.rapport.relationships.Stance;
import org.rapport.relationships.StakeholderSummary;

import org.rapport.insight.InsightReports;
import org.rapport.insight.KeptReport;
import org.rapport.insight.PerceptionGap;
import org.rapport.insight.Period;
import org.rapport.recognition.GoalMeasure;
import org.rapport.recognition.GoalSummary;
import org.rapport.recognition.Goals;
import org.rapport.recognition.KudosSource;
import org.rapport.recognition.KudosSummary;
import org.rapport.recognition.NominationState;
import org.rapport.recognition.NominationSummary;
import org.rapport.recognition.Nominations;
import org.rapport.recognition.Scorecard;
import org.rapport.recognition.ScorecardPeriod;
import org.rapport.recognition.ScorecardScope;
import org.rapport.recognition.Scorecards;
import org.rapport.recognition.RecognitionManagement;
import org.rapport.servicemetrics.AttributionRule;
import org.rapport.servicemetrics.Grouping;
import org.rapport.servicemetrics.IncidentFigures;
import org.rapport.servicemetrics.ServiceMetrics;
import org.rapport.surveys.PartnerConcern;
import org.rapport.surveys.PartnerConcerns;
import org.rapport.surveys.CampaignSummary;
import org.rapport.surveys.MirrorComparison;
import org.rapport.surveys.SurveyManagement;
import org.rapport.surveys.SurveyResults;
import org.rapport.surveys.Wave;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = { "rapport.demo.enabled=true", "rapport.demo.seed=42", "rapport.demo.people=400" })
@WithMockUser(roles = "ADMIN")
class DemoLoaderTests {

	private static final DemoOrganisation ORGANISATION = DemoOrganisation.generate(42, 400);

	@Autowired
	private DemoLoader loader;

	@Autowired
	private DirectoryManagement directory;

	@Autowired
	private AccountManagement accounts;

	@Autowired
	private RelationshipManagement relationships;

	@Autowired
	private CommitmentManagement commitments;

	@Autowired
	private SurveyManagement surveys;

	@Autowired
	private ServiceMetrics serviceMetrics;

	@Autowired
	private InsightReports reports;

	@Autowired
	private RecognitionManagement recognition;

	@Autowired
	private Nominations nominations;

	@Autowired
	private Goals goals;

	@Autowired
	private Scorecards scorecards;

	@Autowired
	private Trainings trainings;

	@Autowired
	private DevelopmentCoverage developmentCoverage;

	@Autowired
	private PartnerConcerns partnerConcerns;

	@Autowired
	private org.rapport.development.Mentoring mentoring;

	@Autowired
	private org.springframework.security.core.userdetails.UserDetailsService users;

	@Autowired
	private org.rapport.development.FeedbackRounds feedback;

	@Autowired
	private org.rapport.development.DevelopmentPlans plans;

	@Autowired
	private org.rapport.development.Coaching coaching;

	@Test
	void theHeadOfRelationshipManagementCoachedTheLeaderToAnOutcomeAndCoachesTheStaffMemberNow() {
		List<org.rapport.development.CoachingSummary> engagements = org.rapport.SignedIn.as(this.users, "brm",
				() -> this.coaching.engagements());
		long head = this.directory.leadership().head().id();

		assertThat(engagements).hasSize(2).allSatisfy((engagement) -> {
			assertThat(engagement.coachId()).isEqualTo(head);
			assertThat(engagement.goals()).extracting(org.rapport.development.CoachingGoal::competencyKey)
				.contains("influence");
			assertThat(engagement.sessions()).isNotEmpty();
			assertThat(engagement.startedOn()).isBefore(LocalDate.now());
		});
		assertThat(engagements).filteredOn((engagement) -> engagement.coacheeId() == personId(ORGANISATION.itLeader()))
			.singleElement()
			.satisfies((ended) -> {
				assertThat(ended.state()).isEqualTo(org.rapport.development.CoachingState.ENDED);
				assertThat(ended.outcome()).isNotBlank();
				assertThat(ended.sessions()).hasSize(3);
			});
		assertThat(engagements).filteredOn((engagement) -> engagement.coacheeId() == personId(ORGANISATION.itStaff()))
			.singleElement()
			.satisfies((active) -> assertThat(active.state()).isEqualTo(org.rapport.development.CoachingState.ACTIVE));
		// The staff member reads their own sessions, their own note among them.
		assertThat(org.rapport.SignedIn.as(this.users, "staff", () -> this.coaching.engagements())).singleElement()
			.satisfies((mine) -> assertThat(mine.sessions()).hasSize(2)
				.anySatisfy((session) -> assertThat(session.loggedById()).isEqualTo(personId(ORGANISATION.itStaff()))));
	}

	@Test
	void theStaffMemberHasAPlanOnTheirBlindSpotWithATrainingAndACheckIn() {
		org.rapport.development.DevelopmentPlanDetails plan = org.rapport.SignedIn
			.as(this.users, "staff", () -> this.plans.mine())
			.orElseThrow();
		assertThat(plan.goals()).extracting(org.rapport.development.DevelopmentPlanDetails.Goal::competency)
			.containsExactly("clear-communication", "business-understanding");
		assertThat(plan.goals().get(0).progress()).isEqualTo(30);
		// The manager reads it.
		assertThat(org.rapport.SignedIn.as(this.users, "lead", () -> this.plans.visible())).isNotEmpty();
	}

	@Test
	void theStaffMembersClosed360ShowsClearCommunicationAsTheirBlindSpot() {
		List<org.rapport.development.FeedbackRoundSummary> rounds = org.rapport.SignedIn.as(this.users, "staff",
				() -> this.feedback.rounds());
		assertThat(rounds).singleElement()
			.satisfies(
					(round) -> assertThat(round.state()).isEqualTo(org.rapport.development.FeedbackRoundState.CLOSED));
		org.rapport.development.FeedbackReport report = org.rapport.SignedIn.as(this.users, "lead",
				() -> this.feedback.report(rounds.get(0).id()));
		assertThat(report.blindSpots()).extracting(org.rapport.development.FeedbackReport.CompetencyResult::key)
			.contains("clear-communication");
		assertThat(report.groups()).allSatisfy((group) -> assertThat(group.shown()).isTrue());
		assertThat(report.competencies().get(1).comments()).containsKey(org.rapport.development.RaterGroup.PARTNER);
	}

	@Test
	void publishesAMentoringProgrammeInWhichTheStaffMemberHasAMentorAndSessions() {
		List<org.rapport.development.MentorshipSummary> pairs = org.rapport.SignedIn.as(this.users, "staff",
				() -> this.mentoring.myPairs());

		assertThat(pairs).singleElement().satisfies((pair) -> {
			assertThat(pair.menteeId()).isEqualTo(personId(ORGANISATION.itStaff()));
			assertThat(pair.state()).isEqualTo(org.rapport.development.PairState.ACTIVE);
			assertThat(pair.shared()).isNotEmpty();
			assertThat(pair.sessions()).isNotEmpty();
		});
		assertThat(this.mentoring.programmes(null, 10).items()).singleElement()
			.satisfies((programme) -> assertThat(programme.state())
				.isEqualTo(org.rapport.development.ProgrammeState.PUBLISHED));
	}

	@Test
	void loadsTheDemoOrganisationAtStartAndLeavesItAloneOnTheNext() throws Exception {
		DirectoryFacts facts = this.directory.facts();
		long vendors = ORGANISATION.units().stream().filter((unit) -> unit.kind() == UnitKind.VENDOR).count();
		assertThat(facts.people()).isEqualTo(ORGANISATION.people().size());
		assertThat(facts.peopleInIt()).isEqualTo(ORGANISATION.people().stream().filter(Person::inIt).count());
		assertThat(facts.vendors()).isEqualTo(vendors);
		assertThat(facts.businessUnits() + facts.itGroups() + facts.vendors()).isEqualTo(ORGANISATION.units().size());
		// Only the CEO and the vendors' account directors have no manager.
		assertThat(facts.peopleWithoutManager()).isEqualTo(1 + vendors);

		this.loader.run(null);

		assertThat(this.directory.facts()).isEqualTo(facts);
	}

	@Test
	void assignsTheAccountabilityChain() {
		Leadership leadership = this.directory.leadership();

		assertThat(leadership.complete()).isTrue();
		assertThat(leadership.cio().employeeId()).isEqualTo(ORGANISATION.cio());
		assertThat(leadership.head().employeeId()).isEqualTo(ORGANISATION.headOfRelationshipManagement());
		assertThat(leadership.cio().unitName()).isEqualTo("Information Technology");
	}

	@Test
	void createsADemoAccountForEachRole() {
		Leadership leadership = this.directory.leadership();
		Map<String, Long> people = Map.of("cio", leadership.cio().id(), "brm", leadership.head().id(), "lead",
				personId(ORGANISATION.itLeader()), "staff", personId(ORGANISATION.itStaff()));
		Map<String, Role> roles = Map.of("cio", Role.CIO, "brm", Role.RELATIONSHIP_MANAGER, "lead", Role.IT_LEADER,
				"staff", Role.IT_STAFF);

		people.forEach((username, personId) -> {
			AccountSummary account = this.accounts.accountOf(personId).orElseThrow();
			assertThat(account.username()).isEqualTo(username);
			assertThat(account.roles()).isEqualTo(Set.of(roles.get(username)));
		});
		assertThat(this.accounts.accounts(null, 50).items()).anySatisfy((account) -> {
			assertThat(account.username()).isEqualTo("admin");
			assertThat(account.roles()).contains(Role.ADMIN);
		});
	}

	@Test
	void establishesAPortfolioOfAllThreeKindsWithASouringVendorAndRelationshipsThatRestOnOnePerson() {
		List<RelationshipSummary> portfolio = this.relationships.relationships(RelationshipFilter.none(), null, 200)
			.items();

		assertThat(portfolio).extracting(RelationshipSummary::kind)
			.contains(UnitKind.BUSINESS_UNIT, UnitKind.VENDOR, UnitKind.IT_GROUP);
		assertThat(portfolio).anySatisfy((relationship) -> assertThat(relationship.participantIds()).isEmpty());
		assertThat(portfolio).filteredOn((relationship) -> relationship.kind() == UnitKind.VENDOR)
			.anySatisfy((vendor) -> assertThat(this.relationships.stakeholders(vendor.id()))
				.extracting(StakeholderSummary::stance)
				.contains(Stance.DETRACTOR));
		assertThat(portfolio)
			.allSatisfy((relationship) -> assertThat(this.directory.person(relationship.ownerId()).inIt()).isTrue());
	}

	@Test
	void datesEachRelationshipsOwnersWithinTheTwoYearsOfHistoryItsTouchpointsReachBackTo() {
		List<OwnerChange> owners = this.relationships.relationships(RelationshipFilter.none(), null, 200)
			.items()
			.stream()
			.flatMap((relationship) -> this.relationships.details(relationship.id()).owners().stream())
			.toList();

		assertThat(owners).filteredOn((change) -> change.previousOwnerId() == null)
			.isNotEmpty()
			.allSatisfy((established) -> assertThat(established.changedAt().toLocalDate())
				.isEqualTo(LocalDate.now().minusDays(760)));
		assertThat(owners).filteredOn((change) -> change.previousOwnerId() != null)
			.isNotEmpty()
			.allSatisfy((handedOver) -> assertThat(handedOver.changedAt().toLocalDate())
				.isBetween(LocalDate.now().minusDays(600), LocalDate.now().minusDays(120)));
	}

	@Test
	void troubledRelationshipsShowPromisesOverdueAndBrokenWhileTheRestAreDueLater() {
		List<CommitmentSummary> promises = this.relationships.relationships(RelationshipFilter.none(), null, 200)
			.items()
			.stream()
			.flatMap((relationship) -> this.commitments.commitments(relationship.id()).stream())
			.toList();

		assertThat(promises).anySatisfy((promise) -> assertThat(promise.overdue()).isTrue());
		assertThat(promises).anySatisfy((promise) -> {
			assertThat(promise.state()).isEqualTo(CommitmentState.BROKEN);
			assertThat(promise.dueOn()).isBefore(LocalDate.now());
		});
		assertThat(promises).anySatisfy((promise) -> assertThat(promise.state()).isEqualTo(CommitmentState.KEPT));
	}

	@Test
	void assessesMostRelationshipsFromBothSidesWithItRatingItselfHigherAndTheSouringVendorFalling() {
		List<RelationshipSummary> portfolio = this.relationships.relationships(RelationshipFilter.none(), null, 200)
			.items();
		List<MaturityDetails> assessed = portfolio.stream()
			.map((relationship) -> this.relationships.maturity(relationship.id()))
			.filter((maturity) -> !maturity.history().isEmpty())
			.toList();

		assertThat(assessed).hasSizeGreaterThan(portfolio.size() / 2);
		assertThat(assessed).allSatisfy((maturity) -> assertThat(maturity.history())
			.allSatisfy((assessment) -> assertThat(assessment.assessedOn()).isBeforeOrEqualTo(LocalDate.now())));
		assertThat(assessed).anySatisfy((maturity) -> assertThat(maturity.gap()).isGreaterThanOrEqualTo(2));
		assertThat(assessed).anySatisfy((maturity) -> assertThat(maturity.counterpartView()).isNull());
		long itHigher = assessed.stream().filter((maturity) -> maturity.gap() != null && maturity.gap() > 0).count();
		long itLower = assessed.stream().filter((maturity) -> maturity.gap() != null && maturity.gap() < 0).count();
		assertThat(itHigher).isGreaterThan(itLower);
		RelationshipSummary souring = portfolio.stream()
			.filter((relationship) -> relationship.kind() == UnitKind.VENDOR)
			.filter((relationship) -> this.relationships.stakeholders(relationship.id())
				.stream()
				.anyMatch((stakeholder) -> stakeholder.stance() == Stance.DETRACTOR))
			.findFirst()
			.orElseThrow();
		MaturityDetails falling = this.relationships.maturity(souring.id());
		List<MaturityAssessment> counterpartViews = falling.history()
			.stream()
			.filter((assessment) -> assessment.side() == Side.COUNTERPART)
			.toList();
		assertThat(falling.counterpartView().maturity()).isEqualTo(Maturity.AD_HOC);
		assertThat(counterpartViews.get(counterpartViews.size() - 1).level()).isGreaterThan(1);
		assertThat(falling.gap()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void recordsAYearOfSurveysInWhichTwoBusinessUnitsDoubtAnItThatThinksWellOfItself() {
		List<CampaignSummary> campaigns = this.surveys.campaigns(null, 200).items();
		assertThat(campaigns).extracting(CampaignSummary::templateKey)
			.containsOnlyOnce("service-quality", "mirror", "vendor-review", "vendor-rates-it")
			.filteredOn("relationship-pulse"::equals)
			.hasSize(4);
		assertThat(campaigns).allSatisfy((campaign) -> assertThat(campaign.recorded()).isTrue());
		List<Wave> waves = this.surveys.waves("relationship-pulse");
		assertThat(waves).hasSize(4).allSatisfy((wave) -> assertThat(wave.nps()).isNotNull());

		CampaignSummary pulse = campaigns.stream()
			.filter((campaign) -> campaign.templateKey().equals("relationship-pulse"))
			.max(Comparator.comparing(CampaignSummary::opensOn))
			.orElseThrow();
		SurveyResults byUnit = this.surveys.results(pulse.id(), "unit", null);
		List<SurveyResults.Group> doubting = byUnit.groups()
			.stream()
			.filter((group) -> group.nps() != null && group.nps().score() < 0)
			.toList();
		assertThat(doubting).hasSize(2);
		assertThat(byUnit.groups()).filteredOn((group) -> group.nps() != null && group.nps().score() >= 20)
			.hasSizeGreaterThan(2);

		CampaignSummary quality = campaigns.stream()
			.filter((campaign) -> campaign.templateKey().equals("service-quality"))
			.findFirst()
			.orElseThrow();
		SurveyResults servqual = this.surveys.results(quality.id(), "unit", null);
		assertThat(servqual.figures().dimensions().get("RELIABILITY").adequacyGap()).isPositive();
		assertThat(servqual.groups())
			.filteredOn((group) -> doubting.stream().anyMatch((unit) -> unit.key().equals(group.key())))
			.hasSize(2)
			.allSatisfy((group) -> assertThat(group.figures().dimensions().get("EMPATHY").adequacyGap()).isNegative());
		// Those who own the doubting units' relationships are told, where their own group
		// shows, that partners perceive their empathy below what they accept.
		Set<String> doubtingNames = doubtingUnits();
		List<Long> doubtedOwners = this.relationships.relationships(RelationshipFilter.none(), null, 200)
			.items()
			.stream()
			.filter((relationship) -> doubtingNames.contains(relationship.counterpartName()))
			.map(RelationshipSummary::ownerId)
			.distinct()
			.toList();
		Map<Long, List<PartnerConcern>> concerns = this.partnerConcerns.of(doubtedOwners);
		assertThat(concerns.values())
			.anySatisfy((found) -> assertThat(found).extracting(PartnerConcern::dimension).contains("EMPATHY"));

		CampaignSummary mirror = campaigns.stream()
			.filter((campaign) -> campaign.templateKey().equals("mirror"))
			.findFirst()
			.orElseThrow();
		MirrorComparison comparison = this.surveys.mirror(mirror.id()).orElseThrow();
		assertThat(comparison.partnerCampaignId()).isEqualTo(quality.id());
		assertThat(comparison.dimensions()).filteredOn((gap) -> gap.dimension().equals("EMPATHY"))
			.singleElement()
			.satisfies((gap) -> assertThat(gap.gap()).isGreaterThan(1));
		assertThat(comparison.groups()).isNotEmpty();
	}

	@Test
	void recordsTwoYearsOfIncidentsInWhichEveryBusinessUnitHasItsSlasMetTheDoubtingOnesIncluded() {
		LocalDate today = LocalDate.now();
		Set<String> businessUnits = ORGANISATION.units()
			.stream()
			.filter((unit) -> unit.kind() == UnitKind.BUSINESS_UNIT)
			.map(Unit::name)
			.collect(Collectors.toSet());
		Set<String> doubting = doubtingUnits();
		assertThat(doubting).hasSize(2);

		List<IncidentFigures> byUnit = this.serviceMetrics.summary(Grouping.BUSINESS_UNIT, today.minusYears(2), today)
			.stream()
			.filter((unit) -> unit.key() != null)
			.toList();
		assertThat(byUnit).extracting(IncidentFigures::key)
			.containsExactlyInAnyOrderElementsOf(businessUnits)
			.containsAll(doubting);
		assertThat(byUnit).allSatisfy((unit) -> {
			assertThat(unit.incidents()).isGreaterThan(100);
			assertThat(unit.slaMetPercent()).isBetween(95.0, 99.0);
			assertThat(unit.medianResolutionHours()).isLessThan(12.0);
			assertThat(unit.reopenRatePercent()).isLessThan(3.0);
			// Monitoring reports its services available 99.9 % of the time and more.
			assertThat(unit.availabilityPercent()).isBetween(99.9, 100.0);
		});
		assertThat(this.serviceMetrics.summary(Grouping.BUSINESS_UNIT, today.minusYears(2), today.minusYears(1)))
			.extracting(IncidentFigures::key)
			.containsAll(businessUnits);
		assertThat(this.serviceMetrics.summary(Grouping.MONTH, null, null)).hasSizeGreaterThanOrEqualTo(24);

		// Shared accounts at two sites are placed by a rule for each; a few visitors by
		// none.
		assertThat(this.serviceMetrics.rules()).hasSize(2)
			.allSatisfy((rule) -> assertThat(rule.dimension()).isEqualTo(AttributionRule.Dimension.LOCATION))
			.extracting(AttributionRule::unitName)
			.isSubsetOf(businessUnits);
		ServiceMetrics.Coverage coverage = this.serviceMetrics.coverage();
		assertThat(coverage.unattributed()).isPositive();
		assertThat(coverage.unattributed() * 100.0 / coverage.incidents()).isLessThan(2.0);
	}

	@Test
	void keepsTheExecutiveReportsOfTheLastFourQuartersWithTheDoubtingUnitsFlagged() {
		Period now = Period.containing(LocalDate.now());
		List<KeptReport> kept = this.reports.kept();

		assertThat(kept).extracting(KeptReport::period)
			.containsExactly(now.previous().toString(), now.previous().previous().toString(),
					now.previous().previous().previous().toString(),
					now.previous().previous().previous().previous().toString());
		// The surveys of the last year find the two doubting units in the latest quarter.
		assertThat(kept.get(0).flagged()).isEqualTo(2);
		assertThat(this.reports.figures(kept.get(0).id()).units()).filteredOn(PerceptionGap.Unit::flagged)
			.extracting(PerceptionGap.Unit::unitName)
			.containsExactlyInAnyOrderElementsOf(doubtingUnits());
	}

	@Test
	void recordsAYearOfKudosBetweenPeopleInItTheStaffMemberAndTheirLeaderAmongThem() {
		List<KudosSummary> kudos = this.recognition.feed(null, null, 200).items();
		long staff = this.directory.findByReference(ORGANISATION.itStaff()).orElseThrow().id();
		long leader = this.directory.findByReference(ORGANISATION.itLeader()).orElseThrow().id();

		assertThat(kudos).hasSize(DemoRecognition.KUDOS + DemoRecognition.PRAISE)
			.allSatisfy((k) -> assertThat(k.values()).isNotEmpty())
			.allSatisfy((k) -> assertThat(k.givenAt())
				.isAfter(LocalDate.now().minusDays(DemoRecognition.DAYS + 1).atStartOfDay()));
		assertThat(kudos)
			.filteredOn((k) -> Long.valueOf(leader).equals(k.giverId()) && Long.valueOf(staff).equals(k.recipientId()))
			.hasSizeGreaterThan(5);
		assertThat(kudos)
			.filteredOn((k) -> Long.valueOf(staff).equals(k.giverId()) && Long.valueOf(leader).equals(k.recipientId()))
			.isNotEmpty();
		assertThat(kudos).filteredOn((k) -> k.giverId() != null)
			.noneSatisfy((k) -> assertThat(k.giverId()).isEqualTo(k.recipientId()));
		// Partners who think well of IT praise its people and teams; the doubting units
		// do not.
		assertThat(kudos).filteredOn((k) -> k.source() == KudosSource.PARTNER)
			.hasSize(DemoRecognition.PRAISE)
			.allSatisfy((k) -> assertThat(doubtingUnits()).doesNotContain(k.counterpartName()));
		List<GoalSummary> goals = this.goals.goals(null, ScorecardScope.PERSON, staff);
		assertThat(goals).hasSize(2);
		assertThat(goals).filteredOn((goal) -> goal.measure() == GoalMeasure.CHECK_IN)
			.singleElement()
			.satisfies((goal) -> assertThat(goal.progress()).isEqualTo(40));
	}

	@Test
	void awardsARelationshipBuilderInEachOfTheLastFourQuartersAndFreezesTheirScorecards() {
		long leader = this.directory.findByReference(ORGANISATION.itLeader()).orElseThrow().id();
		ScorecardPeriod quarter = this.scorecards.currentPeriod();
		for (int i = 0; i < DemoRecognition.KEPT_QUARTERS; i++) {
			quarter = quarter.previous();
			List<NominationSummary> awarded = this.nominations
				.nominations(quarter.toString(), NominationState.APPROVED, null, null)
				.items();
			assertThat(awarded).as(quarter.toString())
				.singleElement()
				.satisfies((nomination) -> assertThat(nomination.awardKey()).isEqualTo("relationship-builder"));
			if (i == 0) {
				assertThat(awarded.get(0).nomineeId()).isEqualTo(leader);
			}
			// With this quarter's, four quarters of goals.
			if (i < DemoRecognition.KEPT_QUARTERS - 1) {
				assertThat(this.goals.goals(quarter.toString(), ScorecardScope.PERSON,
						this.directory.findByReference(ORGANISATION.itStaff()).orElseThrow().id()))
					.as("the staff member's goals of " + quarter)
					.hasSize(2)
					.anySatisfy((goal) -> assertThat(goal.progress()).isPositive());
			}
			Scorecard organisation = this.scorecards.scorecard(quarter.toString(), ScorecardScope.ORGANISATION, null,
					java.util.Locale.ENGLISH);
			assertThat(organisation.frozen()).as(quarter.toString()).isTrue();
			assertThat(organisation.figures().get(0).value()).as("relationships held").isPositive();
		}
	}

	@Test
	void generatesTheSameIncidentsForTheSameSeedAndAsManyOnAnyDay() {
		LocalDate today = LocalDate.now();
		Set<String> doubting = doubtingUnits();
		DemoServiceMetrics.Export export = new DemoServiceMetrics(42, today).export(ORGANISATION, doubting);

		assertThat(this.serviceMetrics.coverage().incidents()).isEqualTo(export.incidents());
		assertThat(export.incidents()).isBetween(5_000, 10_000);
		assertThat(new DemoServiceMetrics(42, today).export(ORGANISATION, doubting).csv()).isEqualTo(export.csv());
		assertThat(new DemoServiceMetrics(42, today.minusDays(3)).export(ORGANISATION, doubting).incidents())
			.isEqualTo(export.incidents());
		assertThat(new DemoServiceMetrics(7, today).export(ORGANISATION, doubting).csv()).isNotEqualTo(export.csv());
	}

	@Test
	void keepsATrainingCatalogueWithSessionsHeldAndToComeAndOneFullWithAWaitingList() {
		List<TrainingSummary> catalogue = this.trainings.catalogue(null);
		assertThat(catalogue).hasSize(8).allSatisfy((course) -> {
			assertThat(course.competencies()).isNotEmpty();
			assertThat(course.sessions()).hasSize(1);
			assertThat(course.averageRating()).isBetween(3.0, 5.0);
		});
		TrainingSessionSummary full = catalogue.stream()
			.filter((course) -> course.title().equals(DemoTrainings.FULL_COURSE))
			.findFirst()
			.orElseThrow()
			.sessions()
			.get(0);
		assertThat(full.seatsLeft()).isZero();
		assertThat(full.waiting()).isEqualTo(2);
		assertThat(this.trainings.forCompetency("handling-conflict")).extracting(TrainingSummary::title)
			.contains(DemoTrainings.FULL_COURSE);
		// The staff member completed one course and is enrolled in the next session of
		// another.
		long staff = personId(ORGANISATION.itStaff());
		assertThat(this.trainings.trainingsOf(staff)).extracting(EnrolmentSummary::state)
			.containsOnly(EnrolmentState.ENROLLED);
		assertThat(this.trainings.completedBy(staff)).singleElement()
			.satisfies((completed) -> assertThat(completed.rating()).isNotNull());
		// Coverage: more than 30 people in IT trained in the last year, every measure
		// counts
		// someone, and more people have a coach or mentor than at the start of the year.
		CoverageReport coverage = this.developmentCoverage.coverage();
		assertThat(coverage.overall().share(CoverageMeasure.TRAINING).count()).isGreaterThan(30);
		assertThat(coverage.overall().shares()).allSatisfy((share) -> assertThat(share.count()).isPositive());
		assertThat(coverage.overall().share(CoverageMeasure.COACH_OR_MENTOR).count())
			.isGreaterThan(coverage.trend().get(0).figures().share(CoverageMeasure.COACH_OR_MENTOR).count());
	}

	/**
	 * The business units whose partners gave IT a negative score in the latest pulse.
	 */
	private Set<String> doubtingUnits() {
		CampaignSummary pulse = this.surveys.campaigns(null, 200)
			.items()
			.stream()
			.filter((campaign) -> campaign.templateKey().equals("relationship-pulse"))
			.max(Comparator.comparing(CampaignSummary::opensOn))
			.orElseThrow();
		return this.surveys.results(pulse.id(), "unit", null)
			.groups()
			.stream()
			.filter((group) -> group.nps() != null && group.nps().score() < 0)
			.map(SurveyResults.Group::label)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private long personId(String employeeId) {
		Person person = ORGANISATION.person(employeeId).orElseThrow();
		return this.directory.findPeople(null, person.name(), null, 200)
			.items()
			.stream()
			.filter((found) -> employeeId.equals(found.employeeId()))
			.map(PersonSummary::id)
			.findFirst()
			.orElseThrow();
	}

}
