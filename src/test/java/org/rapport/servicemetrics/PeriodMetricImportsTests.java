package org.rapport.servicemetrics;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.SignedIn;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.OrgUnitDraft;
import org.rapport.directory.UnitKind;
import org.rapport.shared.ImportRejection;
import org.rapport.shared.ImportStatus;
import org.rapport.shared.InvalidInputException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Importing generic metric CSVs written here: good rows are kept per service, business
 * unit and period, bad rows are listed with their row numbers, the same file imported
 * again changes nothing; availability per business unit and service is the mean of the
 * periods weighted by their length.
 */
@SpringBootTest(properties = "rapport.demo.enabled=false")
class PeriodMetricImportsTests {

	static final String HEADER = "service,businessUnit,period,availability,incidents,slaMet\n";

	@Autowired
	IncidentImports imports;

	@Autowired
	ServiceMetrics metrics;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	JdbcClient jdbc;

	String finance;

	long financeId;

	@BeforeEach
	void aBusinessUnitAndNoMetrics() {
		noMetrics();
		this.finance = "Availability Finance " + System.nanoTime();
		this.financeId = SignedIn.asSystem(
				() -> this.directory.createUnit(new OrgUnitDraft(this.finance, UnitKind.BUSINESS_UNIT, null)).id());
	}

	@AfterEach
	void noMetrics() {
		this.jdbc.sql("delete from servicemetrics_period_metric").update();
		this.jdbc.sql("delete from servicemetrics_rule").update();
		this.jdbc.sql("delete from servicemetrics_incident").update();
		this.jdbc.sql("delete from servicemetrics_mapping").update();
	}

	@Test
	void goodRowsAreImportedAndBadRowsListedWithTheirRowNumbers() {
		ImportRun run = importCsv(HEADER + """
				Email,%1$s,2026-03,99.5,4,75
				Email,%1$s,2026-Q1,99.9,,
				VPN,  %2$s ,2026-03-01..2026-03-15,98%%,1,100
				VPN,%1$s,2026-03,101,1,100
				VPN,%1$s,March 2026,99,1,100
				,%1$s,2026-03,99,1,100
				VPN,%1$s,2026-03,99,-1,100
				VPN,%1$s,2026-03,99,1,most
				VPN,,2026-03,99,1,100
				VPN,%1$s,2026-03-31..2026-03-01,99,,
				VPN,%1$s,2026-03,,1,100
				Email,Ghost Unit,2026-03,97,,
				""".formatted(this.finance, this.finance.toUpperCase()));

		assertThat(run.status()).isEqualTo(ImportStatus.DONE);
		assertThat(run.format()).isEqualTo(IncidentFormat.GENERIC_METRICS);
		assertThat(run.rowsRead()).isEqualTo(12);
		assertThat(run.created()).isEqualTo(4);
		assertThat(run.rejected()).extracting(ImportRejection::row, ImportRejection::code)
			.containsExactly(Tuple.tuple(5, "servicemetrics.metric.not-a-percent"),
					Tuple.tuple(6, "servicemetrics.metric.not-a-period"),
					Tuple.tuple(7, "servicemetrics.metric.service-required"),
					Tuple.tuple(8, "servicemetrics.metric.not-a-count"),
					Tuple.tuple(9, "servicemetrics.metric.not-a-percent"),
					Tuple.tuple(10, "servicemetrics.metric.unit-required"),
					Tuple.tuple(11, "servicemetrics.metric.period-reversed"),
					Tuple.tuple(12, "servicemetrics.metric.availability-required"));
		assertThat(run.rejected().get(0).reason())
			.isEqualTo("availability is \"101\", which is not a percent from 0 to 100.");
		assertThat(run.rejected().get(4).arguments()).containsExactly("slaMet", "most");
		assertThat(stored()).containsExactlyInAnyOrder(
				"Email|" + this.finance + "|" + this.financeId + "|2026-03-01|2026-03-31|99.5|4|75",
				"Email|" + this.finance + "|" + this.financeId + "|2026-01-01|2026-03-31|99.9|null|null",
				"VPN|" + this.finance + "|" + this.financeId + "|2026-03-01|2026-03-15|98|1|100",
				"Email|Ghost Unit|null|2026-03-01|2026-03-31|97|null|null");
		assertThat(SignedIn.asSystem(this.metrics::availabilityCoverage))
			.isEqualTo(new ServiceMetrics.AvailabilityCoverage(1, 4));
	}

	@Test
	void theSameFileImportedAgainChangesNothingAndAChangedFigureUpdatesItsPeriod() {
		String csv = HEADER + "Email,%1$s,2026-03,99.5,4,75\nVPN,%1$s,2026-Q1,99.95,,\n".formatted(this.finance);
		importCsv(csv);
		List<String> before = stored();

		ImportRun again = importCsv(csv);
		ImportRun changed = importCsv(csv.replace("99.95", "99.96"));

		assertThat(again.created()).isZero();
		assertThat(again.updated()).isZero();
		assertThat(again.unchanged()).isEqualTo(2);
		assertThat(changed.created()).isZero();
		assertThat(changed.updated()).isEqualTo(1);
		assertThat(changed.unchanged()).isEqualTo(1);
		assertThat(before).hasSize(2)
			.contains("VPN|" + this.finance + "|" + this.financeId + "|2026-01-01|2026-03-31|99.95|null|null");
		assertThat(stored()).hasSize(2)
			.contains("VPN|" + this.finance + "|" + this.financeId + "|2026-01-01|2026-03-31|99.96|null|null");
	}

	@Test
	void aChangedMappingReadsOtherColumnsAndIsSavedForTheNextImport() {
		ImportRun run = SignedIn.asSystem(() -> this.imports.importNow(IncidentFormat.GENERIC_METRICS, "uptime.csv",
				("Service;Unit;Month;Uptime %\nEmail;" + this.finance + ";2026-03;99.5\n")
					.getBytes(StandardCharsets.UTF_8),
				Map.of("service", "Service", "businessUnit", "Unit", "period", "Month", "availability", "Uptime %")));

		assertThat(run.created()).isEqualTo(1);
		assertThat(SignedIn.asSystem(() -> this.imports.mapping(IncidentFormat.GENERIC_METRICS)))
			.containsEntry("availability", "Uptime %")
			.containsEntry("incidents", "incidents");
		assertThatThrownBy(() -> importCsv("service,businessUnit,period\nEmail," + this.finance + ",2026-03\n"))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
				assertThat(ex.getField()).isEqualTo("mapping");
				assertThat(ex.getCode()).isEqualTo("servicemetrics.mapping.no-column");
			});
	}

	/**
	 * February 2026 has 28 days at 99 %, March 31 days at 100 %: (99 × 28 + 100 × 31) /
	 * 59 = 5,872 / 59 = 99.5254… %, not the plain mean of 99.5 %.
	 */
	@Test
	void availabilityIsTheMeanOfThePeriodsWeightedByTheirLength() {
		importCsv(HEADER + """
				Email,%1$s,2026-02,99,,
				Email,%1$s,2026-03,100,,
				Payroll,%1$s,2026-03-01..2026-03-01,50,,
				""".formatted(this.finance));
		SignedIn.asSystem(() -> this.imports.importNow(IncidentFormat.SERVICENOW_INCIDENTS, "one.csv",
				("number,sys_mod_count,made_sla,opened_at,resolved_at,location\n"
						+ "INC1,1,true,2/3/2026 09:00,2/3/2026 11:00,Availability Site\n")
					.getBytes(StandardCharsets.UTF_8),
				Map.of()));
		SignedIn.asSystem(
				() -> this.metrics.addRule(AttributionRule.Dimension.LOCATION, "Availability Site", this.financeId));

		Map<String, IncidentFigures> services = summary(Grouping.SERVICE, null, null);
		IncidentFigures unit = summary(Grouping.BUSINESS_UNIT, null, null).get(this.finance);
		IncidentFigures march = summary(Grouping.BUSINESS_UNIT, java.time.LocalDate.of(2026, 3, 1),
				java.time.LocalDate.of(2026, 3, 31))
			.get(this.finance);

		assertThat(services.get("Email").availabilityPercent()).isCloseTo(5_872.0 / 59, within(1e-9));
		assertThat(services.get("Email").incidents()).as("no incident names the service").isZero();
		assertThat(services.get("Payroll").availabilityPercent()).isCloseTo(50.0, within(1e-9));
		assertThat(unit.incidents()).isEqualTo(1);
		assertThat(unit.unitId()).isEqualTo(this.financeId);
		// (99 × 28 + 100 × 31 + 50 × 1) / 60 = 5,922 / 60
		assertThat(unit.availabilityPercent()).isCloseTo(5_922.0 / 60, within(1e-9));
		// Only the March periods overlap March: (100 × 31 + 50 × 1) / 32
		assertThat(march.availabilityPercent()).isCloseTo(3_150.0 / 32, within(1e-9));
		assertThat(summary(Grouping.LOCATION, null, null).get("Availability Site").availabilityPercent()).isNull();
		assertThat(summary(Grouping.BUSINESS_UNIT, java.time.LocalDate.of(2025, 1, 1),
				java.time.LocalDate.of(2025, 12, 31)))
			.isEmpty();
	}

	/**
	 * A business unit whose incidents no export holds, only its monthly reports: 10
	 * incidents at 90 % within SLA, 30 at 100 %, and 20 whose SLAs go unreported. Its
	 * incidents are the 60 reported, and its SLAs met (10 × 90 + 30 × 100) / 40 = 97.5 %
	 * of those whose outcome is reported. Once an export attributes incidents to it,
	 * those count instead, and nothing twice.
	 */
	@Test
	void aUnitWithoutExportedIncidentsCountsThoseItsMetricsReport() {
		importCsv(HEADER + """
				Email,%1$s,2026-01,99.9,10,90
				Email,%1$s,2026-02,99.8,30,100
				Payroll,%1$s,2026-02,100,20,
				""".formatted(this.finance));

		IncidentFigures reported = summary(Grouping.BUSINESS_UNIT, null, null).get(this.finance);

		assertThat(reported.unitId()).isEqualTo(this.financeId);
		assertThat(reported.incidents()).isEqualTo(60);
		assertThat(reported.slaMetPercent()).isCloseTo(97.5, within(1e-9));
		assertThat(reported.slaMet()).isEqualTo(39);
		assertThat(reported.medianResolutionHours()).isNull();
		assertThat(summary(Grouping.SERVICE, null, null).get("Email").incidents()).isEqualTo(40);
		assertThat(SignedIn
			.asSystem(
					() -> this.metrics.byUnit(java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 1, 31)))
			.get(this.financeId)
			.slaMetPercent()).isCloseTo(90.0, within(1e-9));

		SignedIn.asSystem(() -> this.imports.importNow(IncidentFormat.SERVICENOW_INCIDENTS, "two.csv",
				("number,sys_mod_count,made_sla,opened_at,resolved_at,location\n"
						+ "INC1,1,true,2/1/2026 09:00,2/1/2026 11:00,Reported Site\n"
						+ "INC2,1,false,3/1/2026 09:00,3/1/2026 11:00,Reported Site\n")
					.getBytes(StandardCharsets.UTF_8),
				Map.of()));
		SignedIn
			.asSystem(() -> this.metrics.addRule(AttributionRule.Dimension.LOCATION, "Reported Site", this.financeId));
		IncidentFigures exported = summary(Grouping.BUSINESS_UNIT, null, null).get(this.finance);
		assertThat(exported.incidents()).isEqualTo(2);
		assertThat(exported.slaMetPercent()).isCloseTo(50.0, within(1e-9));
	}

	private ImportRun importCsv(String csv) {
		return SignedIn.asSystem(() -> this.imports.importNow(IncidentFormat.GENERIC_METRICS, "metrics.csv",
				csv.getBytes(StandardCharsets.UTF_8), Map.of()));
	}

	private Map<String, IncidentFigures> summary(Grouping by, java.time.LocalDate from, java.time.LocalDate to) {
		Map<String, IncidentFigures> figures = new HashMap<>();
		SignedIn.asSystem(() -> this.metrics.summary(by, from, to))
			.forEach((figure) -> figures.put(figure.key(), figure));
		return figures;
	}

	private List<String> stored() {
		return this.jdbc.sql("""
				select service, unit_name, unit_id, period_start, period_end, availability_percent, incidents,
				  sla_met_percent
				from servicemetrics_period_metric
				""")
			.query((rs, n) -> String.join("|", rs.getString(1), rs.getString(2), String.valueOf(rs.getObject(3)),
					rs.getObject(4, java.time.LocalDate.class).toString(),
					rs.getObject(5, java.time.LocalDate.class).toString(),
					rs.getBigDecimal(6).stripTrailingZeros().toPlainString(), String.valueOf(rs.getObject(7)),
					(rs.getBigDecimal(8) != null) ? rs.getBigDecimal(8).stripTrailingZeros().toPlainString() : "null"))
			.list();
	}

}
