package org.rapport.servicemetrics;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.SignedIn;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.OrgUnitDraft;
import org.rapport.directory.PersonDraft;
import org.rapport.directory.UnitKind;
import org.rapport.shared.AlreadyExistsException;
import org.rapport.shared.ImportRejection;
import org.rapport.shared.ImportStatus;
import org.rapport.shared.InvalidInputException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Importing the real incident exports in {@code ../shared/data/itsm/}: the figures
 * Rapport computes equal those of a streaming computation written here from the same
 * file; the same file imported again changes nothing; rows that cannot be read are listed
 * with their row numbers; a mapping that does not fit the file stores nothing; rules
 * attribute incidents to business units.
 */
@SpringBootTest(properties = "rapport.demo.enabled=false")
@RecordApplicationEvents
class IncidentImportsTests {

	static final Path ITSM = Path.of("..", "shared", "data", "itsm");

	static final Path SLICE = ITSM.resolve("incident_event_log_first500incidents.csv");

	static final Path FULL = ITSM.resolve("incident_event_log.zip");

	static final Path BPIC = ITSM.resolve("IBM-VolvoIT-Challenge.zip");

	@Autowired
	IncidentImports imports;

	@Autowired
	ServiceMetrics metrics;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@BeforeEach
	void noIncidents() {
		this.jdbc.sql("delete from servicemetrics_rule").update();
		this.jdbc.sql("delete from servicemetrics_incident").update();
		this.jdbc.sql("delete from servicemetrics_period_metric").update();
		this.jdbc.sql("delete from servicemetrics_mapping").update();
	}

	@Test
	void theServiceNowSliceGivesTheFiguresOfAStreamingComputation() throws IOException {
		ImportRun run = importFile(IncidentFormat.SERVICENOW_INCIDENTS, SLICE, Map.of());

		Expected expected = Expected.serviceNow(Files.newInputStream(SLICE));
		assertThat(run.status()).isEqualTo(ImportStatus.DONE);
		assertThat(run.rowsRead()).isEqualTo(3_411);
		assertThat(run.created()).isEqualTo(500).isEqualTo(expected.incidents.size());
		assertThat(run.rejectedCount()).isEqualTo(expected.rejectedRows);
		expected.assertFigures(this.metrics);
		assertThat(this.events.stream(IncidentsImported.class)).anySatisfy((event) -> {
			assertThat(event.importId()).isEqualTo(run.id());
			assertThat(event.created()).isEqualTo(500);
		});
	}

	@Test
	void theWholeServiceNowExportGivesTheFiguresOfAStreamingComputation() throws IOException {
		ImportRun run = importFile(IncidentFormat.SERVICENOW_INCIDENTS, FULL, Map.of());

		Expected expected = Expected.serviceNow(zipEntry(FULL));
		assertThat(run.rowsRead()).isEqualTo(141_712);
		assertThat(run.created()).isEqualTo(24_918).isEqualTo(expected.incidents.size());
		assertThat(run.rejectedCount()).isEqualTo(expected.rejectedRows).isEqualTo(5);
		assertThat(run.rejected()).first().satisfies((rejection) -> {
			assertThat(rejection.code()).isEqualTo("servicemetrics.row.not-a-state");
			assertThat(rejection.arguments()).containsExactly("incident_state", "-100");
		});
		expected.assertFigures(this.metrics);
	}

	@Test
	void theSameFileImportedAgainChangesNothing() {
		importFile(IncidentFormat.SERVICENOW_INCIDENTS, SLICE, Map.of());
		String before = fingerprints();

		ImportRun again = importFile(IncidentFormat.SERVICENOW_INCIDENTS, SLICE, Map.of());

		assertThat(again.created()).isZero();
		assertThat(again.updated()).isZero();
		assertThat(again.unchanged()).isEqualTo(500);
		assertThat(fingerprints()).isEqualTo(before);
	}

	@Test
	void aLaterExportUpdatesTheIncidentsThatMovedOn() {
		String header = "number,incident_state,sys_mod_count,made_sla,opened_at,resolved_at,location\n";
		importCsv(
				header + "INC1,New,0,true,1/3/2016 09:00,?,Location 1\nINC2,New,0,true,1/3/2016 10:00,?,Location 1\n");

		ImportRun later = importCsv(header + "INC1,New,0,true,1/3/2016 09:00,?,Location 1\n"
				+ "INC1,Resolved,3,false,1/3/2016 09:00,2/3/2016 09:00,Location 1\n"
				+ "INC2,New,0,true,1/3/2016 10:00,?,Location 1\n");

		assertThat(later.updated()).isEqualTo(1);
		assertThat(later.unchanged()).isEqualTo(1);
		IncidentFigures figures = summary(Grouping.LOCATION).get("Location 1");
		assertThat(figures.incidents()).isEqualTo(2);
		assertThat(figures.slaMet()).isEqualTo(1);
		assertThat(figures.medianResolutionHours()).isEqualTo(24.0);
	}

	@Test
	void theBpicEventLogImportsThroughItsMapping() throws IOException {
		ImportRun run = importFile(IncidentFormat.BPIC2013_INCIDENTS, BPIC, Map.of());

		Map<String, long[]> expected = bpicByCountry(zipEntry(BPIC));
		assertThat(run.rowsRead()).isEqualTo(65_533);
		assertThat(run.created()).isEqualTo(7_554);
		assertThat(run.rejectedCount()).isZero();
		Map<String, IncidentFigures> figures = summary(Grouping.LOCATION);
		assertThat(figures).hasSize(expected.size());
		expected.forEach((country, counts) -> {
			IncidentFigures figure = figures.get(country);
			assertThat(figure.incidents()).as(country).isEqualTo(counts[0]);
			assertThat(figure.slaMetPercent()).as("no SLA in this export").isNull();
			assertThat(figure.reopenRatePercent()).as(country).isCloseTo(counts[1] * 100.0 / counts[0], within(1e-9));
		});
		assertThat(SignedIn.asSystem(() -> this.imports.mapping(IncidentFormat.BPIC2013_INCIDENTS)))
			.containsEntry("location", "Owner Country");
	}

	@Test
	void aChangedMappingIsUsedAndSavedForTheNextImport() {
		ImportRun run = importFile(IncidentFormat.SERVICENOW_INCIDENTS, SLICE, Map.of("location", "assignment_group"));

		assertThat(run.created()).isEqualTo(500);
		assertThat(summary(Grouping.LOCATION)).containsKey("Group 70").doesNotContainKey("Location 143");
		assertThat(SignedIn.asSystem(() -> this.imports.mapping(IncidentFormat.SERVICENOW_INCIDENTS)))
			.containsEntry("location", "assignment_group");
	}

	@Test
	void rowsThatCannotBeReadAreListedAndTheOthersImported() {
		ImportRun run = importCsv("""
				number,incident_state,sys_mod_count,made_sla,opened_at,resolved_at,location
				INC1,Closed,2,true,1/3/2016 09:00,1/3/2016 11:00,Location 1
				,Closed,1,true,1/3/2016 09:00,1/3/2016 11:00,Location 1
				INC3,Closed,two,true,1/3/2016 09:00,1/3/2016 11:00,Location 1
				INC4,Closed,1,maybe,1/3/2016 09:00,1/3/2016 11:00,Location 1
				INC5,Closed,1,true,2016-03-01,1/3/2016 11:00,Location 1
				INC6,Closed,1,true,?,1/3/2016 11:00,Location 1
				INC7,Closed,1,true,2/3/2016 09:00,1/3/2016 11:00,Location 1
				INC8,-100,1,true,1/3/2016 09:00,1/3/2016 11:00,Location 1
				INC9,Closed,1,true,1/3/2016 09:00,1/3/2016 10:00,Location 1
				""");

		assertThat(run.created()).isEqualTo(2);
		assertThat(run.rejected()).extracting(ImportRejection::row, ImportRejection::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "servicemetrics.row.no-number"),
					org.assertj.core.groups.Tuple.tuple(4, "servicemetrics.row.not-a-count"),
					org.assertj.core.groups.Tuple.tuple(5, "servicemetrics.row.not-a-flag"),
					org.assertj.core.groups.Tuple.tuple(6, "servicemetrics.row.not-a-time"),
					org.assertj.core.groups.Tuple.tuple(7, "servicemetrics.row.no-time"),
					org.assertj.core.groups.Tuple.tuple(8, "servicemetrics.row.resolved-before-opened"),
					org.assertj.core.groups.Tuple.tuple(9, "servicemetrics.row.not-a-state"));
		assertThat(run.rejected().get(3).reason())
			.isEqualTo("Row 6 has \"2016-03-01\" in opened_at, which is not a time in the mapping's format.");
		assertThat(summary(Grouping.LOCATION).get("Location 1").meanResolutionHours()).isEqualTo(1.5);
	}

	@Test
	void aFileOrMappingThatDoesNotFitStoresNothing() {
		long runs = this.jdbc.sql("select count(*) from servicemetrics_import").query(Long.class).single();

		assertThatThrownBy(() -> importFile(IncidentFormat.SERVICENOW_INCIDENTS, SLICE, Map.of("location", "Site")))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
				assertThat(ex.getField()).isEqualTo("mapping");
				assertThat(ex.getCode()).isEqualTo("servicemetrics.mapping.no-column");
			});
		assertThatThrownBy(() -> importFile(IncidentFormat.SERVICENOW_INCIDENTS, SLICE, Map.of("site", "location")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.getCode()).isEqualTo("servicemetrics.mapping.unknown-field"));
		assertThatThrownBy(() -> SignedIn
			.asSystem(() -> this.imports.importNow(IncidentFormat.SERVICENOW_INCIDENTS, "latin1.csv",
					"number,opened_at\nINC\u00e9,1/3/2016 09:00\n".getBytes(StandardCharsets.ISO_8859_1), Map.of())))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.getField()).isEqualTo("file"));
		assertThat(this.jdbc.sql("select count(*) from servicemetrics_import").query(Long.class).single())
			.as("a refused upload keeps no run")
			.isEqualTo(runs);
		assertThat(this.jdbc.sql("select count(*) from servicemetrics_incident").query(Long.class).single()).isZero();
	}

	@Test
	void aRunInTheBackgroundReportsItsProgressAndItsOutcome() throws Exception {
		ImportRun uploaded = SignedIn.asSystem(() -> {
			try {
				return this.imports.upload(IncidentFormat.SERVICENOW_INCIDENTS, "slice.csv", Files.readAllBytes(SLICE),
						Map.of());
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		});
		assertThat(uploaded.status()).isEqualTo(ImportStatus.UPLOADED);

		SignedIn.asSystem(() -> this.imports.start(uploaded.id()));
		assertThatThrownBy(() -> SignedIn.asSystem(() -> this.imports.start(uploaded.id())))
			.isInstanceOf(InvalidInputException.class);

		ImportRun run = SignedIn.asSystem(() -> this.imports.run(uploaded.id()));
		for (int i = 0; i < 600 && !run.status().finished(); i++) {
			Thread.sleep(100);
			run = SignedIn.asSystem(() -> this.imports.run(uploaded.id()));
		}
		assertThat(run.status()).isEqualTo(ImportStatus.DONE);
		assertThat(run.percent()).isEqualTo(100);
		assertThat(run.created()).isEqualTo(500);
	}

	@Test
	void onlyAdministratorsImport() {
		assertThatThrownBy(
				() -> SignedIn.withRole("brm", org.rapport.accounts.Role.RELATIONSHIP_MANAGER, () -> this.imports
					.importNow(IncidentFormat.SERVICENOW_INCIDENTS, "slice.csv", new byte[] { 1 }, Map.of())))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void rulesAttributeIncidentsToBusinessUnitsInOrder() {
		long finance = SignedIn.asSystem(() -> this.directory
			.createUnit(new OrgUnitDraft("Metrics Finance " + System.nanoTime(), UnitKind.BUSINESS_UNIT, null))
			.id());
		long sales = SignedIn.asSystem(() -> this.directory
			.createUnit(new OrgUnitDraft("Metrics Sales " + System.nanoTime(), UnitKind.BUSINESS_UNIT, null))
			.id());
		String employee = "MX-CALLER-" + System.nanoTime();
		SignedIn.asSystem(() -> this.directory
			.createPerson(new PersonDraft("Metrics Caller", employee, null, null, sales, null, false)));
		importCsv("number,sys_mod_count,opened_at,location,assignment_group,caller_id\n"
				+ "INC1,0,1/3/2016 09:00,Location 1,Group 1,Caller 1\n" + "INC2,0,1/3/2016 09:00,Location 1,Group 1,"
				+ employee + "\n" + "INC3,0,1/3/2016 09:00,Location 2,Group 1,Caller 1\n"
				+ "INC4,0,1/3/2016 09:00,Location 3,Group 2,Caller 1\n");
		assertThat(SignedIn.asSystem(this.metrics::coverage)).isEqualTo(new ServiceMetrics.Coverage(3, 4));

		SignedIn.asSystem(() -> this.metrics.addRule(AttributionRule.Dimension.LOCATION, " Location 1 ", finance));
		SignedIn.asSystem(() -> this.metrics.addRule(AttributionRule.Dimension.ASSIGNMENT_GROUP, "Group 1", sales));

		Map<String, IncidentFigures> byUnit = summary(Grouping.BUSINESS_UNIT);
		assertThat(byUnit.values()).extracting(IncidentFigures::unitId, IncidentFigures::incidents)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(sales, 2L),
					org.assertj.core.groups.Tuple.tuple(finance, 1L), org.assertj.core.groups.Tuple.tuple(null, 1L));
		assertThat(SignedIn.asSystem(() -> this.metrics.unmatched(AttributionRule.Dimension.LOCATION, 10)))
			.containsExactly(new AttributionRule.Unmatched("Location 3", 1));
		assertThatThrownBy(() -> SignedIn
			.asSystem(() -> this.metrics.addRule(AttributionRule.Dimension.LOCATION, "Location 1", sales)))
			.isInstanceOf(AlreadyExistsException.class);
		long itGroup = SignedIn.asSystem(() -> this.directory
			.createUnit(new OrgUnitDraft("Metrics IT " + System.nanoTime(), UnitKind.IT_GROUP, null))
			.id());
		assertThatThrownBy(() -> SignedIn
			.asSystem(() -> this.metrics.addRule(AttributionRule.Dimension.LOCATION, "Location 3", itGroup)))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> assertThat(ex.getField()).isEqualTo("unitId"));
	}

	private ImportRun importFile(IncidentFormat format, Path file, Map<String, String> mapping) {
		return SignedIn.asSystem(() -> {
			try {
				return this.imports.importNow(format, file.getFileName().toString(), Files.readAllBytes(file), mapping);
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	private ImportRun importCsv(String csv) {
		return SignedIn.asSystem(() -> this.imports.importNow(IncidentFormat.SERVICENOW_INCIDENTS, "test.csv",
				csv.getBytes(StandardCharsets.UTF_8), Map.of()));
	}

	private Map<String, IncidentFigures> summary(Grouping by) {
		Map<String, IncidentFigures> figures = new HashMap<>();
		SignedIn.asSystem(() -> this.metrics.summary(by, null, null))
			.forEach((figure) -> figures.put(figure.key(), figure));
		return figures;
	}

	private String fingerprints() {
		return String.join(",", this.jdbc
			.sql("select number || ':' || fingerprint || ':' || revision from servicemetrics_incident order by number")
			.query(String.class)
			.list());
	}

	static InputStream zipEntry(Path zip) throws IOException {
		ZipInputStream in = new ZipInputStream(Files.newInputStream(zip));
		for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
			if (entry.getName().endsWith(".csv") && !entry.getName().startsWith("__MACOSX")) {
				return in;
			}
		}
		throw new IllegalStateException("no CSV in " + zip);
	}

	/**
	 * Per country of the BPI Challenge log: incidents, and those that were completed and
	 * then taken up again.
	 */
	static Map<String, long[]> bpicByCountry(InputStream csv) throws IOException {
		Map<String, String> countryOf = new HashMap<>();
		Map<String, Boolean> reopened = new HashMap<>();
		Map<String, Boolean> completed = new HashMap<>();
		try (Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8);
				CSVParser parser = CSVFormat.DEFAULT.builder()
					.setHeader()
					.setSkipHeaderRecord(true)
					.get()
					.parse(reader)) {
			String numberColumn = parser.getHeaderNames().get(0);
			for (CSVRecord record : parser) {
				String number = record.get(numberColumn);
				countryOf.put(number, record.get("Owner Country"));
				boolean done = record.get("Status").equals("Completed");
				if (!done && completed.getOrDefault(number, false)) {
					reopened.put(number, true);
				}
				completed.put(number, done);
			}
		}
		Map<String, long[]> byCountry = new TreeMap<>();
		countryOf.forEach((number, country) -> {
			long[] counts = byCountry.computeIfAbsent(country, (key) -> new long[2]);
			counts[0]++;
			counts[1] += reopened.getOrDefault(number, false) ? 1 : 0;
		});
		return byCountry;
	}

	/**
	 * The figures of a ServiceNow export computed from the file alone: each incident's
	 * row with the highest {@code sys_mod_count}, rows whose state is not one left out.
	 */
	record Expected(Map<String, CSVRecord> incidents, long rejectedRows) {

		static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d/M/yyyy H:mm");

		static Expected serviceNow(InputStream csv) throws IOException {
			Map<String, CSVRecord> last = new HashMap<>();
			long rejected = 0;
			try (InputStream in = csv;
					Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
					CSVParser parser = CSVFormat.DEFAULT.builder()
						.setHeader()
						.setSkipHeaderRecord(true)
						.get()
						.parse(reader)) {
				for (CSVRecord record : parser) {
					if (!record.get("incident_state").matches(".*[A-Za-z].*")) {
						rejected++;
						continue;
					}
					CSVRecord before = last.get(record.get("number"));
					if (before == null || Integer.parseInt(record.get("sys_mod_count")) >= Integer
						.parseInt(before.get("sys_mod_count"))) {
						last.put(record.get("number"), record);
					}
				}
			}
			return new Expected(last, rejected);
		}

		void assertFigures(ServiceMetrics metrics) {
			for (Grouping by : List.of(Grouping.LOCATION, Grouping.ASSIGNMENT_GROUP, Grouping.PRIORITY)) {
				String column = switch (by) {
					case LOCATION -> "location";
					case ASSIGNMENT_GROUP -> "assignment_group";
					default -> "priority";
				};
				Map<String, List<CSVRecord>> groups = new HashMap<>();
				this.incidents.values()
					.forEach((record) -> groups
						.computeIfAbsent(record.get(column).equals("?") ? null : record.get(column),
								(key) -> new ArrayList<>())
						.add(record));
				Map<String, IncidentFigures> actual = new HashMap<>();
				SignedIn.asSystem(() -> metrics.summary(by, null, null))
					.forEach((figure) -> actual.put(figure.key(), figure));
				assertThat(actual.keySet()).as(column).isEqualTo(groups.keySet());
				groups.forEach((key, records) -> {
					IncidentFigures figure = actual.get(key);
					long met = records.stream().filter((record) -> record.get("made_sla").equals("true")).count();
					List<Double> hours = records.stream()
						.filter((record) -> !record.get("resolved_at").equals("?"))
						.map((record) -> Duration
							.between(LocalDateTime.parse(record.get("opened_at"), TIME),
									LocalDateTime.parse(record.get("resolved_at"), TIME))
							.toMinutes() / 60.0)
						.sorted()
						.toList();
					assertThat(figure.incidents()).as(column + " " + key).isEqualTo(records.size());
					assertThat(figure.slaMet()).as(column + " " + key).isEqualTo(met);
					assertThat(figure.slaMetPercent()).as(column + " " + key)
						.isCloseTo(met * 100.0 / records.size(), within(1e-9));
					if (hours.isEmpty()) {
						assertThat(figure.meanResolutionHours()).isNull();
						return;
					}
					double mean = hours.stream().mapToDouble(Double::doubleValue).sum() / hours.size();
					int middle = hours.size() / 2;
					double median = (hours.size() % 2 == 1) ? hours.get(middle)
							: (hours.get(middle - 1) + hours.get(middle)) / 2;
					assertThat(figure.meanResolutionHours()).as(column + " " + key).isCloseTo(mean, within(1e-6));
					assertThat(figure.medianResolutionHours()).as(column + " " + key).isCloseTo(median, within(1e-6));
				});
			}
		}

	}

}
