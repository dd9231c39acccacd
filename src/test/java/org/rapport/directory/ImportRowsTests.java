package org.rapport.directory;

import org.rapport.shared.ImportRejection;
import org.rapport.shared.CsvFile;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Reading the rows of a file through its column mapping, without a database.
 */
class ImportRowsTests {

	@Test
	void readsMappedColumnsAndCleansNamesToNfc() {
		CsvFile file = CsvFile.parse("Who,Badge,Dept\n  Cafe\u0301   Owner ,A1,  Finance \n");
		ImportColumns columns = new ImportColumns(file.headers(),
				Map.of(ImportField.NAME, "Who", ImportField.EMPLOYEE_ID, "Badge", ImportField.UNIT, "Dept"));
		ImportReportBuilder report = new ImportReportBuilder();

		List<ImportRow> rows = ImportRows.read(file, columns, report);

		assertThat(rows).singleElement().satisfies((row) -> {
			assertThat(row.rowNo()).isEqualTo(2);
			assertThat(row.name()).isEqualTo("Caf\u00e9 Owner");
			assertThat(row.employeeId()).isEqualTo("A1");
			assertThat(row.unitText()).isEqualTo("  Finance ");
			assertThat(row.unitKey()).isEqualTo("finance");
			assertThat(row.email()).isNull();
		});
		assertThat(report.rejected()).isEmpty();
	}

	@Test
	void rejectsRowsWithTheWrongNumberOfValuesOrAControlCharacterAndRowsBreakingARule() {
		CsvFile file = CsvFile.parse("Name,EmpID\nAda,1\nToo,many,values\nBell\u0007Row,3\n,4\nGrace,5\n");
		ImportColumns columns = new ImportColumns(file.headers(),
				Map.of(ImportField.NAME, "Name", ImportField.EMPLOYEE_ID, "EmpID"));
		ImportReportBuilder report = new ImportReportBuilder();

		List<ImportRow> rows = ImportRows.read(file, columns, report);

		assertThat(rows).extracting(ImportRow::name).containsExactly("Ada", "Grace");
		assertThat(report.rejected())
			.extracting(ImportRejection::row, ImportRejection::code, ImportRejection::arguments)
			.containsExactly(tuple(3, "directory.import.row.value-count", List.of(3, 2)),
					tuple(4, "directory.import.row.control", List.of()),
					tuple(5, "directory.import.row.no-name", List.of("Name")));
	}

	@Test
	void readsWhetherSomeoneIsInItAndTheUnitKindInTheWaysFilesWriteThem() {
		assertThat(row("Yes", "IT group").inIt()).isTrue();
		assertThat(row(" n ", "Supplier").inIt()).isFalse();
		assertThat(row("", "bu").inIt()).isFalse();
		assertThat(row("maybe", "Business unit").inIt()).isNull();
		assertThat(row(null, "IT group").unitKind()).isEqualTo(UnitKind.IT_GROUP);
		assertThat(row(null, "Supplier").unitKind()).isEqualTo(UnitKind.VENDOR);
		assertThat(row(null, "Business unit").unitKind()).isEqualTo(UnitKind.BUSINESS_UNIT);
		assertThat(row(null, "galaxy").unitKind()).isNull();
	}

	private static ImportRow row(String inIt, String kind) {
		return new ImportRow(2, "Ada", "1", null, null, null, kind, inIt, null, null, null);
	}

}
