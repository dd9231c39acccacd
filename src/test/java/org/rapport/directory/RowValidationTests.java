package org.rapport.directory;

import org.rapport.shared.ImportRejection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules a row of an import keeps, without a database: each broken rule gives its own
 * code and arguments, and a row repeats an employee id or email only of a row that was
 * accepted.
 */
class RowValidationTests {

	private static final ImportColumns COLUMNS = columns(ImportField.NAME, ImportField.EMPLOYEE_ID, ImportField.EMAIL,
			ImportField.UNIT_KIND, ImportField.IN_IT);

	@Test
	void acceptsARowWithANameAndAnEmployeeId() {
		assertThat(new RowValidation(COLUMNS).check(row(2, "Ada Lovelace", "7", null))).isNull();
	}

	@Test
	void rejectsARowWithoutANameNamingTheColumn() {
		assertThat(new RowValidation(COLUMNS).check(row(2, null, "7", null)))
			.isEqualTo(ImportRejection.of(2, "directory.import.row.no-name", "Name"));
	}

	@Test
	void rejectsARowThatCannotBeMatchedOnTheNextImport() {
		assertThat(new RowValidation(COLUMNS).check(row(4, "Ada Lovelace", null, null)).code())
			.isEqualTo("directory.import.row.no-key");
	}

	@Test
	void rejectsValuesLongerThanTheDirectoryKeeps() {
		ImportRejection rejection = new RowValidation(COLUMNS).check(row(2, "Ada", "x".repeat(65), null));

		assertThat(rejection.code()).isEqualTo("directory.import.row.too-long");
		assertThat(rejection.arguments()).containsExactly(200, 64);
	}

	@Test
	void rejectsAnEmailThatIsNotOneWithTheEmailAsArgument() {
		assertThat(new RowValidation(COLUMNS).check(row(3, "Bob", null, "bob(at)example")))
			.isEqualTo(ImportRejection.of(3, "directory.import.row.email-invalid", "bob(at)example"));
	}

	@Test
	void rejectsAnUnknownUnitKindAndAnInItThatIsNeitherYesNorNo() {
		RowValidation validation = new RowValidation(COLUMNS);

		assertThat(validation
			.check(new ImportRow(2, "Ada", "1", null, null, "Finance", " galaxy ", "yes", null, null, null)))
			.isEqualTo(ImportRejection.of(2, "directory.import.row.unit-kind-unknown", "galaxy"));
		assertThat(validation
			.check(new ImportRow(3, "Ada", "1", null, null, "Finance", "IT group", "perhaps", null, null, null)))
			.isEqualTo(ImportRejection.of(3, "directory.import.row.in-it-unknown", "perhaps"));
	}

	@Test
	void rejectsNamesWithDirectionChangingOrOnlyInvisibleCharacters() {
		RowValidation validation = new RowValidation(COLUMNS);

		assertThat(validation.check(row(2, "Evil\u202Eexe", "1", null)).code())
			.isEqualTo("directory.import.row.name-bidi");
		assertThat(validation.check(row(3, "\u200B", "2", null)).code())
			.isEqualTo("directory.import.row.name-invisible");
		assertThat(validation.check(row(4, "\u0130".repeat(150), "3", null)).code())
			.isEqualTo("directory.import.row.name-key-too-long");
	}

	@Test
	void rejectsARepeatedEmployeeIdNamingTheFirstRow() {
		RowValidation validation = new RowValidation(COLUMNS);
		validation.check(row(2, "Ada Lovelace", "7", null));

		assertThat(validation.check(row(3, "Alan Turing", "7", null)))
			.isEqualTo(ImportRejection.of(3, "directory.import.row.employee-id-repeated", "7", 2));
	}

	@Test
	void rejectsARepeatedEmailWhateverItsCase() {
		RowValidation validation = new RowValidation(COLUMNS);
		validation.check(row(2, "Ada Lovelace", null, "ada@example.org"));

		assertThat(validation.check(row(5, "Ada King", null, "ADA@Example.org")))
			.isEqualTo(ImportRejection.of(5, "directory.import.row.email-repeated", "ADA@Example.org", 2));
	}

	@Test
	void aRejectedRowDoesNotClaimItsEmployeeId() {
		RowValidation validation = new RowValidation(COLUMNS);
		assertThat(validation.check(row(2, "Bad", "7", "not-an-email"))).isNotNull();

		assertThat(validation.check(row(3, "Ada Lovelace", "7", null))).isNull();
	}

	@Test
	void rendersTheRowNumberFirst() {
		assertThat(ImportRejection.of(9, "directory.import.row.email-repeated", "a@b.c", 2).messageArguments())
			.containsExactly(9, "a@b.c", 2);
		assertThat(List.of(ImportRejection.of(9, "directory.import.row.no-key").messageArguments())).containsExactly(9);
	}

	static ImportColumns columns(ImportField... fields) {
		Map<ImportField, String> mapping = new EnumMap<>(ImportField.class);
		for (ImportField field : fields) {
			mapping.put(field, header(field));
		}
		return new ImportColumns(mapping.values().stream().toList(), mapping);
	}

	static String header(ImportField field) {
		return switch (field) {
			case NAME -> "Name";
			case EMPLOYEE_ID -> "EmpID";
			default -> field.name();
		};
	}

	private static ImportRow row(int rowNo, String name, String employeeId, String email) {
		return new ImportRow(rowNo, name, employeeId, email, null, null, null, "no", null, null, null);
	}

}
