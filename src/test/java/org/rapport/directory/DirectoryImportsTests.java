package org.rapport.directory;

import org.rapport.shared.ImportRejection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.ImportStatus;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Imports of people and units from CSV: the real HR file with its data traps, and files
 * broken in the ways exports from HR systems and spreadsheets break.
 */
@SpringBootTest(properties = { "rapport.demo.enabled=false", "rapport.admin.username=admin",
		"rapport.admin.password=keys-of-the-castle" })
@WithMockUser(roles = "ADMIN")
class DirectoryImportsTests {

	private static final int HR_ROWS = 311;

	@Autowired
	private DirectoryImports imports;

	@Autowired
	private DirectoryManagement directory;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	@AfterEach
	void emptyTheDirectory() {
		DirectoryFixtures.emptyDirectory(this.jdbc);
	}

	@Test
	void importsEveryRowOfTheHrFileAndNotesItsDataTraps() {
		ImportReport report = importHrFile();

		assertThat(report.status()).isEqualTo(ImportStatus.DONE);
		assertThat(report.created()).isEqualTo(HR_ROWS);
		assertThat(report.updated()).isZero();
		assertThat(report.unchanged()).isZero();
		assertThat(report.rejected()).isEmpty();
		assertThat(count("directory_person")).isEqualTo(HR_ROWS);
		assertThat(report.notes()).extracting(ImportNote::topic)
			.contains("TRIMMED", "UNITS_CREATED", "MANAGER_TWO_IDS", "MANAGER_BLANK_ID", "MANAGER_IDS_UNMATCHED",
					"MANAGER_NOT_FOUND");
	}

	@Test
	void keepsOneProductionUnitAlthoughTheFileWritesItWithTrailingSpaces() {
		ImportReport report = importHrFile();

		assertThat(notes(report, "TRIMMED")).singleElement()
			.asString()
			.contains("\"Production\"", "\"Production       \"", "209 rows");
		assertThat(this.jdbc.sql("select name from directory_org_unit where name_key like 'production%'")
			.query(String.class)
			.list()).containsExactly("Production");
	}

	@Test
	void createsTheDepartmentsAsUnitsWithItDepartmentsAsItGroups() {
		ImportReport report = importHrFile();

		assertThat(report.created()).isEqualTo(HR_ROWS);
		assertThat(notes(report, "UNITS_CREATED")).containsExactly(
				"Created 4 business units: Production, Admin Offices, Sales, Executive Office.",
				"Created 2 IT groups: IT/IS, Software Engineering.");
		assertThat(this.directory.findUnits(UnitKind.IT_GROUP, null, null, 50).items()).extracting(OrgUnitSummary::name)
			.containsExactly("IT/IS", "Software Engineering");
	}

	@Test
	void notesManagersThatTheFileGivesTwoIds() {
		ImportReport report = importHrFile();

		assertThat(notes(report, "MANAGER_TWO_IDS")).anySatisfy(
				(note) -> assertThat(note).contains("\"Michael Albert\"", "2 different ids", "ManagerID", "(22, 30)"));
		assertThat(notes(report, "MANAGER_TWO_IDS"))
			.anySatisfy((note) -> assertThat(note).contains("\"Brandon R. LeBlanc\"", "(1, 3)"));
	}

	@Test
	void notesTheRowsThatNameAManagerButLeaveTheManagerIdBlank() {
		ImportReport report = importHrFile();

		assertThat(notes(report, "MANAGER_BLANK_ID")).singleElement()
			.asString()
			.contains("8 rows", "\"Webster Butler\"", "ManagerID");
	}

	@Test
	void matchesManagersByNameBecauseTheManagerIdsAreNotEmployeeIds() {
		ImportReport report = importHrFile();

		assertThat(notes(report, "MANAGER_IDS_UNMATCHED")).singleElement()
			.asString()
			.contains("ManagerID", "matched by name");
		// "Barbossa, Hector" (EmpID 10012) has ManagerName "Simon Roup", who is in the
		// file as "Roup,Simon" with EmpID 10198.
		PersonSummary hector = this.directory.findByReference("10012").orElseThrow();
		PersonSummary simon = this.directory.findByReference("10198").orElseThrow();
		assertThat(simon.name()).isEqualTo("Roup,Simon");
		assertThat(hector.managerId()).isEqualTo(simon.id());
		assertThat(hector.managerName()).isEqualTo("Roup,Simon");
	}

	@Test
	void leavesPeopleWithoutAManagerWhenTheManagerIsNotInTheFile() {
		ImportReport report = importHrFile();

		// Five managers named in the file have no row of their own.
		assertThat(notes(report, "MANAGER_NOT_FOUND")).hasSize(5)
			.anySatisfy((note) -> assertThat(note).contains("\"Michael Albert\"", "22 people keep no manager"))
			.anySatisfy((note) -> assertThat(note).contains("\"Webster Butler\"", "21 people keep no manager"))
			.anySatisfy((note) -> assertThat(note).contains("\"Board of Directors\"", "2 people keep no manager"));
		// "Adinolfi, Wilson K" (EmpID 10026) reports to Michael Albert.
		PersonSummary wilson = this.directory.findByReference("10026").orElseThrow();
		assertThat(wilson.name()).isEqualTo("Adinolfi, Wilson K");
		assertThat(wilson.managerId()).isNull();
		assertThat(wilson.unitName()).isEqualTo("Production");
		assertThat(wilson.inIt()).isFalse();
	}

	@Test
	void reimportingTheSameFileChangesNothing() {
		importHrFile();
		String before = snapshotOfPeople();

		ImportReport again = importHrFile();

		assertThat(again.status()).isEqualTo(ImportStatus.DONE);
		assertThat(again.created()).isZero();
		assertThat(again.updated()).isZero();
		assertThat(again.unchanged()).isEqualTo(HR_ROWS);
		assertThat(again.rejected()).isEmpty();
		assertThat(count("directory_person")).isEqualTo(HR_ROWS);
		assertThat(count("directory_org_unit")).isEqualTo(6);
		assertThat(snapshotOfPeople()).isEqualTo(before);
	}

	@Test
	void refusesAFileWithoutANameColumnAndStoresNoOne() {
		byte[] file = utf8("""
				EmpID,Email
				1,ada@example.org
				""");

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.imports.importNow("no-name.csv", file, null, null))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo("directory.import.mapping-needs-name"))
			.satisfies((ex) -> assertThat(ex.getArguments()).containsExactly("EmpID, Email"))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("mapping"));
		assertNothingImported();
		assertThat(runStatuses()).containsExactly("FAILED");
	}

	@Test
	void refusesAFileWithNeitherEmployeeIdsNorEmailsAndStoresNoOne() {
		byte[] file = utf8("""
				Name,Department
				Ada Lovelace,Finance
				""");

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.imports.importNow("names-only.csv", file, null, null))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo("directory.import.mapping-needs-key"));
		assertNothingImported();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "Latin-1 é (E9)", "broken sequence C3 28" })
	void refusesAFileThatIsNotUtf8AndStoresNothing(String encodingTrap) {
		byte[] bad = encodingTrap.startsWith("Latin-1") ? new byte[] { (byte) 0xE9 }
				: new byte[] { (byte) 0xC3, (byte) 0x28 };
		byte[] file = concat(utf8("Name,EmpID\nJos"), bad, utf8(" Dupont,1\nAda Lovelace,2\n"));

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.imports.importNow("latin1.csv", file, null, null))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("file"))
			.satisfies((ex) -> assertThat(ex.getCode()).isEqualTo("csv.not-utf-8"));
		assertNothingImported();
		assertThat(count("directory_import_run")).isZero();
	}

	@Test
	void readsUtf8NamesWithAccentsAndAByteOrderMark() {
		byte[] file = concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, utf8("Name,EmpID\nJosé Müller,1\n"));

		ImportReport report = this.imports.importNow("bom.csv", file, null, null);

		assertThat(report.created()).isEqualTo(1);
		assertThat(this.directory.findByReference("1").orElseThrow().name()).isEqualTo("José Müller");
	}

	@Test
	void rejectsTheSecondRowWithAnEmployeeIdAlreadyInTheFileAndImportsTheFirst() {
		byte[] file = utf8("""
				Name,EmpID
				Ada Lovelace,7
				Alan Turing,7
				Grace Hopper,8
				""");

		ImportReport report = this.imports.importNow("duplicates.csv", file, null, null);

		assertThat(report.created()).isEqualTo(2);
		assertThat(report.rejected()).extracting(ImportRejection::row, ImportRejection::reason)
			.containsExactly(tuple(3, "Row 3 employee id 7 already appears on row 2."));
		assertThat(this.directory.findByReference("7").orElseThrow().name()).isEqualTo("Ada Lovelace");
		assertThat(this.directory.findPeople(null, "turing", null, 10).items()).isEmpty();
	}

	@Test
	void storesRejectionsAndNotesAsCodesWithArgumentsAndRendersThemWhenRead() {
		byte[] file = utf8("""
				Name,EmpID,Department
				Ada Lovelace,7,Finance
				Alan Turing,7,Finance
				""");

		ImportReport report = this.imports.importNow("duplicates.csv", file, null, null);

		assertThat(this.jdbc.sql("select row_no, code, arguments from directory_import_rejection where run_id = :id")
			.param("id", report.runId())
			.query((rs, n) -> tuple(rs.getInt(1), rs.getString(2), rs.getString(3)))
			.list()).containsExactly(tuple(3, "directory.import.row.employee-id-repeated", "s:7\u001fn:2"));
		assertThat(this.jdbc.sql("select topic, code, arguments from directory_import_note where run_id = :id")
			.param("id", report.runId())
			.query((rs, n) -> tuple(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list())
			.containsExactly(tuple("UNITS_CREATED", "directory.import.note.units-created.BUSINESS_UNIT",
					"n:1\u001fs:Finance\u001fn:0"));
		assertThat(report.rejected()).singleElement()
			.satisfies(
					(rejection) -> assertThat(rejection.code()).isEqualTo("directory.import.row.employee-id-repeated"))
			.satisfies((rejection) -> assertThat(rejection.arguments()).containsExactly("7", 2L))
			.satisfies((rejection) -> assertThat(rejection.reason())
				.isEqualTo("Row 3 employee id 7 already appears on row 2."));
		assertThat(report.notes()).extracting(ImportNote::message).containsExactly("Created 1 business unit: Finance.");
	}

	@Test
	void rejectsTheSecondRowWithAnEmailAlreadyInTheFileWhateverItsCase() {
		byte[] file = utf8("""
				Name,Email
				Ada Lovelace,ada@example.org
				Ada King,ADA@Example.org
				""");

		ImportReport report = this.imports.importNow("duplicate-emails.csv", file, null, null);

		assertThat(report.created()).isEqualTo(1);
		assertThat(report.rejected()).singleElement()
			.satisfies((rejection) -> assertThat(rejection.row()).isEqualTo(3))
			.satisfies((rejection) -> assertThat(rejection.reason()).contains("already appears on row 2"));
	}

	@Test
	void refusesAnEmptyFileAndStoresNothing() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.imports.importNow("empty.csv", new byte[0], null, null))
			.withMessageContaining("directory.file-empty-needs-header");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.imports.importNow("blank.csv", utf8(" \n\n"), null, null))
			.withMessageContaining("directory.file-empty-needs-header");
		assertNothingImported();
		assertThat(count("directory_import_run")).isZero();
	}

	@Test
	void refusesAFileWithOnlyAHeaderRowAndStoresNothing() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.imports.importNow("header-only.csv", utf8("Name,EmpID,Email\n"), null, null))
			.withMessageContaining("directory.file-has-header-row");
		assertNothingImported();
		assertThat(count("directory_import_run")).isZero();
	}

	@Test
	void rejectsARowWithAnInvalidEmailAndImportsTheGoodRows() {
		byte[] file = utf8("""
				Name,EmpID,Email
				Ada Lovelace,1,ada@example.org
				Bob Builder,2,bob(at)example
				Grace Hopper,3,grace@example.org
				""");

		ImportReport report = this.imports.importNow("emails.csv", file, null, null);

		assertThat(report.created()).isEqualTo(2);
		assertThat(report.rejected()).extracting(ImportRejection::row, ImportRejection::reason)
			.containsExactly(tuple(3, "Row 3 email \"bob(at)example\" is not an email address."));
		assertThat(this.directory.findByReference("1")).isPresent();
		assertThat(this.directory.findByReference("2")).isEmpty();
		assertThat(this.directory.findByReference("grace@example.org")).isPresent();
	}

	@Test
	void readsSemicolonSeparatedFilesAsSpreadsheetsSaveThemInManyLocales() {
		byte[] file = utf8("""
				Name;EmpID;Department;Manager ID
				"Lovelace, Ada";1;Finance;
				Babbage Charles;2;Finance;1
				Hopper Grace;3;Software Engineering;
				""");

		ImportReport report = this.imports.importNow("semicolons.csv", file, null, null);

		assertThat(report.created()).isEqualTo(3);
		assertThat(report.rejected()).isEmpty();
		PersonSummary ada = this.directory.findByReference("1").orElseThrow();
		PersonSummary charles = this.directory.findByReference("2").orElseThrow();
		PersonSummary grace = this.directory.findByReference("3").orElseThrow();
		assertThat(ada.name()).isEqualTo("Lovelace, Ada");
		assertThat(ada.unitName()).isEqualTo("Finance");
		assertThat(charles.managerId()).isEqualTo(ada.id());
		assertThat(grace.unitName()).isEqualTo("Software Engineering");
		assertThat(grace.inIt()).isTrue();
	}

	@Test
	void savesAnExplicitMappingForTheNextFileWithTheSameHeaders() {
		String headers = "Who,Badge,Where\n";
		ImportPreview unknown = this.imports.upload("first.csv", utf8(headers + "Ada Lovelace,A1,Finance\n"));
		assertThat(unknown.savedMapping()).isFalse();
		assertThat(unknown.mapping()).doesNotContainKey(ImportField.NAME);

		Map<ImportField, String> mapping = new EnumMap<>(ImportField.class);
		mapping.put(ImportField.NAME, "Who");
		mapping.put(ImportField.EMPLOYEE_ID, "Badge");
		mapping.put(ImportField.UNIT, "Where");
		ImportReport report = this.imports.importNow("first.csv", utf8(headers + "Ada Lovelace,A1,Finance\n"), mapping,
				Set.of());
		assertThat(report.created()).isEqualTo(1);

		ImportPreview next = this.imports.upload("second.csv", utf8(headers + "Grace Hopper,G7,Navy\n"));

		assertThat(next.savedMapping()).isTrue();
		assertThat(next.mapping()).isEqualTo(mapping);
		assertThat(next.units()).extracting(ImportPreview.UnitPreview::name).containsExactly("Navy");
	}

	private ImportReport importHrFile() {
		return this.imports.importNow("HRDataset_v14.csv", hrFile(), null, null);
	}

	private static byte[] hrFile() {
		String data = System.getProperty("rapport.test.data");
		Path file = (data != null) ? Path.of(data, "hr", "HRDataset_v14.csv") : null;
		assumeTrue(file != null && Files.isReadable(file),
				"The shared test data (../shared/data/hr/HRDataset_v14.csv) is not here; CI always has it");
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> notes(ImportReport report, String topic) {
		return report.notes().stream().filter((note) -> note.topic().equals(topic)).map(ImportNote::message).toList();
	}

	private void assertNothingImported() {
		assertThat(count("directory_person")).isZero();
		assertThat(count("directory_org_unit")).isZero();
		assertThat(count("directory_import_rejection")).isZero();
		assertThat(count("directory_import_note")).isZero();
		assertThat(count("directory_import_mapping")).isZero();
	}

	private List<String> runStatuses() {
		return this.jdbc.sql("select status from directory_import_run order by id").query(String.class).list();
	}

	private String snapshotOfPeople() {
		return String.join("\n", this.jdbc.sql("""
				select concat_ws('|', p.employee_id, p.name, p.email, p.title, u.name, m.employee_id, p.in_it,
				                 p.updated_at)
				from directory_person p
				left join directory_org_unit u on u.id = p.unit_id
				left join directory_person m on m.id = p.manager_id
				order by p.employee_id
				""").query(String.class).list());
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] concat(byte[]... parts) {
		int length = 0;
		for (byte[] part : parts) {
			length += part.length;
		}
		byte[] all = new byte[length];
		int at = 0;
		for (byte[] part : parts) {
			System.arraycopy(part, 0, all, at, part.length);
			at += part.length;
		}
		return all;
	}

}
