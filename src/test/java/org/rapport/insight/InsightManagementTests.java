package org.rapport.insight;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.directory.DirectoryManagement;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;
import org.rapport.relationships.Tier;
import org.rapport.servicemetrics.AttributionRule;
import org.rapport.servicemetrics.IncidentFormat;
import org.rapport.servicemetrics.IncidentImports;
import org.rapport.servicemetrics.ServiceMetrics;
import org.rapport.shared.AlreadyExistsException;
import org.rapport.shared.InvalidInputException;
import org.rapport.surveys.PerceptionMeasured;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The perception gap computed from hand-made figures: a unit whose incidents are resolved
 * within their SLA and whose partners say they would not recommend IT is flagged as a
 * relationship problem and moved there from healthy; a unit with two relationships is
 * perceived as their responses weigh; a unit without incidents is not measured.
 */
@SpringBootTest(properties = "rapport.demo.enabled=false")
class InsightManagementTests {

	static final Period Q2 = Period.of("2026-Q2");

	@Autowired
	InsightManagement insight;

	@Autowired
	InsightReports reports;

	@Autowired
	Thresholds thresholds;

	@Autowired
	IncidentImports imports;

	@Autowired
	ServiceMetrics metrics;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	RelationshipManagement relationships;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.time.Clock clock;

	RelationshipMother mother;

	long doubting;

	long pleased;

	long quiet;

	long doubtingRelationship;

	long pleasedFirst;

	long pleasedSecond;

	@BeforeEach
	void twoUnitsWithIncidentsAndPerceptions() {
		this.jdbc.sql("delete from insight_report").update();
		this.jdbc.sql("delete from servicemetrics_rule").update();
		this.jdbc.sql("delete from servicemetrics_incident").update();
		this.mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		long apps = this.mother.itGroup("Gap Apps");
		long network = this.mother.itGroup("Gap Network");
		long owner = this.mother.itPerson("Gap Owner", apps);
		this.doubting = this.mother.businessUnit("Gap Finance");
		this.pleased = this.mother.businessUnit("Gap Sales");
		this.quiet = this.mother.businessUnit("Gap Legal");
		this.doubtingRelationship = this.mother.establish(apps, this.doubting, owner, Tier.CORE).id();
		this.pleasedFirst = this.mother.establish(apps, this.pleased, owner, Tier.CORE).id();
		this.pleasedSecond = this.mother.establish(network, this.pleased, owner, Tier.CORE).id();
		this.mother.establish(apps, this.quiet, owner, Tier.CORE);

		StringBuilder csv = new StringBuilder("number,made_sla,opened_at,resolved_at,location\n");
		// Finance: 49 of 50 within SLA in the quarter, 10 of 10 the quarter before.
		for (int i = 0; i < 50; i++) {
			csv.append("F").append(i).append(',').append(i != 0).append(",1/5/2026 09:00,1/5/2026 12:00,Gap A\n");
		}
		for (int i = 0; i < 10; i++) {
			csv.append("P").append(i).append(",true,1/2/2026 09:00,1/2/2026 10:00,Gap A\n");
		}
		// Sales: 20 of 20.
		for (int i = 0; i < 20; i++) {
			csv.append("S").append(i).append(",true,2/5/2026 09:00,2/5/2026 10:00,Gap B\n");
		}
		SignedIn.asSystem(() -> {
			this.imports.importNow(IncidentFormat.SERVICENOW_INCIDENTS, "gap.csv",
					csv.toString().getBytes(StandardCharsets.UTF_8), Map.of());
			this.metrics.addRule(AttributionRule.Dimension.LOCATION, "Gap A", this.doubting);
			return this.metrics.addRule(AttributionRule.Dimension.LOCATION, "Gap B", this.pleased);
		});
		measured(this.doubtingRelationship, 70, 40, 10, LocalDate.of(2026, 2, 15));
		measured(this.doubtingRelationship, 30, -40, 10, LocalDate.of(2026, 5, 15));
		measured(this.pleasedFirst, 80, 60, 10, LocalDate.of(2026, 5, 20));
		measured(this.pleasedSecond, 60, 20, 30, LocalDate.of(2026, 6, 1));
	}

	@Test
	void aUnitTechnicallyGreenAndPerceivedRedIsFlaggedAndMovedThereFromHealthy() {
		PerceptionGap gap = SignedIn.withRole("cio", Role.CIO, () -> this.insight.gap(Q2));

		PerceptionGap.Unit finance = unit(gap, this.doubting);
		assertThat(gap.from()).isEqualTo(LocalDate.of(2026, 4, 1));
		assertThat(gap.to()).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(finance.incidents()).isEqualTo(50);
		assertThat(finance.slaMetPercent()).isCloseTo(98.0, within(1e-9));
		assertThat(finance.perceivedScore()).isEqualTo(30.0);
		assertThat(finance.nps()).isEqualTo(-40);
		assertThat(finance.quadrant()).isEqualTo(Quadrant.RELATIONSHIP_PROBLEM);
		assertThat(finance.flagged()).isTrue();
		assertThat(finance.gap()).isCloseTo(68.0, within(1e-9));
		assertThat(finance.previousQuadrant()).isEqualTo(Quadrant.HEALTHY);
		assertThat(finance.previousTechnicalScore()).isEqualTo(100.0);
		assertThat(finance.previousPerceivedScore()).isEqualTo(70.0);
		assertThat(finance.moved()).isTrue();
		assertThat(gap.units().get(0).flagged()).as("flagged units come first").isTrue();
	}

	@Test
	void aUnitIsPerceivedAsItsRelationshipsResponsesWeigh() {
		PerceptionGap gap = SignedIn.withRole("cio", Role.CIO, () -> this.insight.gap(Q2));

		PerceptionGap.Unit sales = unit(gap, this.pleased);
		assertThat(sales.perceivedScore()).isCloseTo((80 * 10 + 60 * 30) / 40.0, within(1e-9));
		assertThat(sales.nps()).isEqualTo(Math.round((60 * 10 + 20 * 30) / 40f));
		assertThat(sales.responses()).isEqualTo(40);
		assertThat(sales.quadrant()).isEqualTo(Quadrant.HEALTHY);
		assertThat(sales.relationships()).extracting(PerceptionGap.Relationship::id)
			.containsExactlyInAnyOrder(this.pleasedFirst, this.pleasedSecond);
		assertThat(unit(gap, this.quiet).quadrant()).isEqualTo(Quadrant.NOT_MEASURED);
	}

	@Test
	void aPerceptionOlderThanTheQuarterBeforeNoLongerStands() {
		PerceptionGap gap = SignedIn.withRole("cio", Role.CIO, () -> this.insight.gap(Period.of("2026-Q4")));

		assertThat(unit(gap, this.doubting).perceivedScore()).isNull();
		assertThat(unit(gap, this.doubting).quadrant()).isEqualTo(Quadrant.NOT_MEASURED);
		assertThat(unit(gap, this.doubting).previousPerceivedScore()).isEqualTo(30.0);
	}

	@Test
	void theSamePerceptionKeptTwiceIsKeptOnce() {
		measured(this.doubtingRelationship, 30, -40, 10, LocalDate.of(2026, 5, 15));

		assertThat(this.jdbc.sql("select count(*) from insight_perception where relationship_id = :id")
			.param("id", this.doubtingRelationship)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void onlyThoseWhoSteerThePortfolioReadTheGapAndQuartersAreWrittenAsQuarters() {
		assertThatThrownBy(() -> SignedIn.withRole("staff", Role.IT_STAFF, () -> this.insight.gap(Q2)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> Period.of("2026-13")).isInstanceOfSatisfying(InvalidInputException.class,
				(ex) -> assertThat(ex.getField()).isEqualTo("period"));
		assertThat(Period.of("2026-Q1").previous()).isEqualTo(Period.of("2025-Q4"));
	}

	@Test
	void aRelationshipShowsItsUnitsServiceBesideItsPerceptionThisQuarter() {
		LocalDate today = LocalDate.now(this.clock);
		String day = today.getDayOfMonth() + "/" + today.getMonthValue() + "/" + today.getYear();
		SignedIn.asSystem(() -> this.imports.importNow(IncidentFormat.SERVICENOW_INCIDENTS, "now.csv",
				("number,made_sla,opened_at,resolved_at,location\nN1,true," + day + " 08:00," + day + " 10:00,Gap A\n"
						+ "N2,true," + day + " 08:00," + day + " 12:00,Gap A\n")
					.getBytes(StandardCharsets.UTF_8),
				Map.of()));
		measured(this.doubtingRelationship, 35, -30, 12, today);

		RelationshipGap sides = SignedIn.asSystem(() -> this.insight.relationshipGap(this.doubtingRelationship))
			.orElseThrow();

		assertThat(sides.period()).isEqualTo(Period.containing(today).toString());
		assertThat(sides.incidents()).isEqualTo(2);
		assertThat(sides.slaMetPercent()).isEqualTo(100.0);
		assertThat(sides.medianResolutionHours()).isEqualTo(3.0);
		assertThat(sides.perceivedScore()).isEqualTo(35);
		assertThat(sides.responses()).isEqualTo(12);
		assertThat(sides.quadrant()).isEqualTo(Quadrant.RELATIONSHIP_PROBLEM);
		assertThat(sides.flagged()).isTrue();
	}

	@Test
	void theExecutiveReportIsAPdfWithTheQuadrantsAndEveryUnit() throws Exception {
		byte[] pdf = SignedIn.withRole("cio", Role.CIO, () -> this.insight.report(Q2, java.util.Locale.ENGLISH));

		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
			String first = text(document, 1, 1);
			assertThat(first).contains("The perception gap, 2026-Q2")
				.contains("Technically green, perceived red")
				.contains(
						this.mother.named("Gap Finance") + ": 98.0 % of incidents within SLA, yet a perception of 30.0")
				.contains(this.mother.named("Gap Finance") + " moved from Healthy to Relationship problem.")
				.contains("Relationship problem")
				.contains("Goodwill at risk");
			assertThat(text(document, 2, document.getNumberOfPages())).contains("Every business unit")
				.contains(this.mother.named("Gap Sales"))
				.contains(this.mother.named("Gap Legal"))
				.contains("Not measured");
		}
		assertThatThrownBy(() -> SignedIn.withRole("staff", Role.IT_STAFF,
				() -> this.insight.report(Q2, java.util.Locale.ENGLISH)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void theTrendShowsEachQuarterOldestFirst() {
		PerceptionTrend trend = SignedIn.withRole("cio", Role.CIO, () -> this.insight.trend(Period.of("2026-Q3"), 4));

		assertThat(trend.periods()).containsExactly("2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3");
		PerceptionTrend.Unit finance = trend.units()
			.stream()
			.filter((unit) -> unit.unitId() == this.doubting)
			.findFirst()
			.orElseThrow();
		// 2025-Q4: nothing; 2026-Q1: 10 of 10 within SLA, perceived 70; 2026-Q2: 49 of
		// 50, perceived 30; 2026-Q3: no incidents, the perception of May still stands.
		assertThat(finance.quarters()).extracting(PerceptionTrend.Quarter::technicalScore)
			.containsExactly(null, 100.0, 98.0, null);
		assertThat(finance.quarters()).extracting(PerceptionTrend.Quarter::perceivedScore)
			.containsExactly(null, 70.0, 30.0, 30.0);
		assertThat(finance.quarters()).extracting(PerceptionTrend.Quarter::quadrant)
			.containsExactly(Quadrant.NOT_MEASURED, Quadrant.HEALTHY, Quadrant.RELATIONSHIP_PROBLEM,
					Quadrant.NOT_MEASURED);
		assertThat(trend.units()).extracting(PerceptionTrend.Unit::unitId)
			.contains(this.doubting, this.pleased, this.quiet);

		for (int quarters : new int[] { 1, 13 }) {
			assertThatThrownBy(
					() -> SignedIn.withRole("cio", Role.CIO, () -> this.insight.trend(Period.of("2026-Q3"), quarters)))
				.isInstanceOfSatisfying(InvalidInputException.class,
						(ex) -> assertThat(ex.getField()).isEqualTo("quarters"));
		}
		assertThatThrownBy(
				() -> SignedIn.withRole("staff", Role.IT_STAFF, () -> this.insight.trend(Period.of("2026-Q3"), 4)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aKeptReportStaysAsItWasMadeWhenLaterSurveysArrive() throws Exception {
		KeptReport kept = SignedIn.withRole("brm", Role.RELATIONSHIP_MANAGER, () -> this.reports.keep("2026-Q2"));

		assertThat(kept.period()).isEqualTo("2026-Q2");
		assertThat(kept.generatedBy()).isEqualTo("brm");
		assertThat(kept.flagged()).isGreaterThanOrEqualTo(1);
		// A survey closed late in the quarter changes the live gap, not the kept report.
		measured(this.doubtingRelationship, 80, 60, 10, LocalDate.of(2026, 6, 20));
		assertThat(unit(SignedIn.withRole("cio", Role.CIO, () -> this.insight.gap(Q2)), this.doubting).perceivedScore())
			.isEqualTo(80.0);
		PerceptionGap figures = SignedIn.withRole("cio", Role.CIO, () -> this.reports.figures(kept.id()));
		assertThat(unit(figures, this.doubting).perceivedScore()).isEqualTo(30.0);
		assertThat(unit(figures, this.doubting).flagged()).isTrue();
		assertThat(figures.thresholds()).isEqualTo(this.thresholds);
		byte[] pdf = SignedIn.withRole("cio", Role.CIO, () -> this.reports.pdf(kept.id()));
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			assertThat(text(document, 1, 1)).contains(
					this.mother.named("Gap Finance") + ": 98.0 % of incidents within SLA, yet a perception of 30.0");
			assertThat(text(document, 2, document.getNumberOfPages())).contains("The last 8 quarters");
		}
		assertThat(SignedIn.withRole("cio", Role.CIO, () -> this.reports.kept())).extracting(KeptReport::period)
			.containsExactly("2026-Q2");
	}

	@Test
	void aReportIsKeptOnceAndOnlyForAnEndedQuarter() {
		SignedIn.withRole("cio", Role.CIO, () -> this.reports.keep("2026-Q2"));

		assertThatThrownBy(() -> SignedIn.withRole("cio", Role.CIO, () -> this.reports.keep("2026-Q2")))
			.isInstanceOfSatisfying(AlreadyExistsException.class,
					(ex) -> assertThat(ex.getField()).isEqualTo("period"));
		String now = this.insight.currentPeriod().toString();
		for (String quarter : List.of(now, "2099-Q1", "2026-Q5")) {
			assertThatThrownBy(() -> SignedIn.withRole("cio", Role.CIO, () -> this.reports.keep(quarter)))
				.isInstanceOfSatisfying(InvalidInputException.class,
						(ex) -> assertThat(ex.getField()).isEqualTo("period"));
		}
		assertThatThrownBy(() -> SignedIn.withRole("staff", Role.IT_STAFF, () -> this.reports.keep("2026-Q1")))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.jdbc.sql("select count(*) from insight_report").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void nodesRunningTheQuarterlyJobAtOnceKeepOneReport() throws Exception {
		int nodes = 4;
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(nodes);
		try {
			java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(nodes);
			List<java.util.concurrent.Future<java.util.Optional<KeptReport>>> runs = new java.util.ArrayList<>();
			for (int i = 0; i < nodes; i++) {
				runs.add(pool.submit(() -> {
					start.await();
					return this.reports.keepLastQuarter();
				}));
			}
			int kept = 0;
			for (java.util.concurrent.Future<java.util.Optional<KeptReport>> run : runs) {
				kept += run.get(60, java.util.concurrent.TimeUnit.SECONDS).isPresent() ? 1 : 0;
			}
			assertThat(kept).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.sql("select period, generated_by from insight_report")
			.query((rs, n) -> rs.getString(1) + " " + rs.getString(2))
			.list()).containsExactly(this.insight.currentPeriod().previous() + " system");
		// The next day's run finds it kept.
		assertThat(this.reports.keepLastQuarter()).isEmpty();
	}

	private static String text(org.apache.pdfbox.pdmodel.PDDocument document, int from, int to)
			throws java.io.IOException {
		org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
		stripper.setStartPage(from);
		stripper.setEndPage(to);
		return stripper.getText(document).replaceAll("\\s+", " ");
	}

	private void measured(long relationship, int score, int nps, long responses, LocalDate on) {
		long campaign = on.toEpochDay();
		this.transaction.executeWithoutResult((status) -> this.events
			.publishEvent(new PerceptionMeasured(relationship, campaign, score, nps, responses, on, List.of())));
	}

	private static PerceptionGap.Unit unit(PerceptionGap gap, long unitId) {
		return gap.units().stream().filter((unit) -> unit.unitId() == unitId).findFirst().orElseThrow();
	}

}
