package org.rapport.directory;

import org.rapport.shared.ImportRejection;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.rapport.shared.InvalidInputException;

/**
 * The rules a row of an import must keep: a name, an employee id or email to match it by
 * on the next import, values that fit the directory, and an employee id and email that no
 * earlier row of the file holds. A row that breaks one is rejected with the first rule it
 * breaks.
 */
final class RowValidation {

	static final int MAX_NAME = 200;

	static final int MAX_EMPLOYEE_ID = 64;

	static final int MAX_EMAIL = 320;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private final ImportColumns columns;

	private final Map<String, Integer> employeeIds = new HashMap<>();

	private final Map<String, Integer> emails = new HashMap<>();

	RowValidation(ImportColumns columns) {
		this.columns = columns;
	}

	/**
	 * Checks a row and, when it is good, remembers its employee id and email so that a
	 * later row repeating them is rejected.
	 * @param row the row
	 * @return why the row is rejected, or {@code null} when it is good
	 */
	ImportRejection check(ImportRow row) {
		ImportRejection rejection = ruleBrokenBy(row);
		if (rejection == null && row.employeeId() != null && this.employeeIds.containsKey(row.employeeId())) {
			rejection = ImportRejection.of(row.rowNo(), "directory.import.row.employee-id-repeated", row.employeeId(),
					this.employeeIds.get(row.employeeId()));
		}
		String emailKey = Names.emailKey(row.email());
		if (rejection == null && emailKey != null && this.emails.containsKey(emailKey)) {
			rejection = ImportRejection.of(row.rowNo(), "directory.import.row.email-repeated", row.email(),
					this.emails.get(emailKey));
		}
		if (rejection != null) {
			return rejection;
		}
		if (row.employeeId() != null) {
			this.employeeIds.put(row.employeeId(), row.rowNo());
		}
		if (emailKey != null) {
			this.emails.put(emailKey, row.rowNo());
		}
		return null;
	}

	private ImportRejection ruleBrokenBy(ImportRow row) {
		int rowNo = row.rowNo();
		if (row.name() == null) {
			return ImportRejection.of(rowNo, "directory.import.row.no-name", this.columns.header(ImportField.NAME));
		}
		if (row.employeeId() == null && row.email() == null) {
			return ImportRejection.of(rowNo, "directory.import.row.no-key");
		}
		if (row.name().length() > MAX_NAME || (row.title() != null && row.title().length() > MAX_NAME)
				|| (row.employeeId() != null && row.employeeId().length() > MAX_EMPLOYEE_ID)) {
			return ImportRejection.of(rowNo, "directory.import.row.too-long", MAX_NAME, MAX_EMPLOYEE_ID);
		}
		if (row.email() != null && (row.email().length() > MAX_EMAIL || !EMAIL.matcher(row.email()).matches())) {
			return ImportRejection.of(rowNo, "directory.import.row.email-invalid", row.email());
		}
		if (row.unitKind() == null && row.unitKindText() != null && !row.unitKindText().isBlank()) {
			return ImportRejection.of(rowNo, "directory.import.row.unit-kind-unknown", row.unitKindText().strip());
		}
		if (this.columns.has(ImportField.IN_IT) && row.inIt() == null) {
			return ImportRejection.of(rowNo, "directory.import.row.in-it-unknown", row.inItText());
		}
		String unit = Names.clean(row.unitText());
		if (unit != null && unit.length() > MAX_NAME) {
			return ImportRejection.of(rowNo, "directory.import.row.unit-too-long", MAX_NAME);
		}
		try {
			Names.check("name", row.name());
			Names.check("unit", unit);
			Names.check("managerName", row.managerName());
		}
		catch (InvalidInputException ex) {
			return ImportRejection.of(rowNo, switch (ex.getCode()) {
				case "text.bidi" -> "directory.import.row.name-bidi";
				case "text.invisible" -> "directory.import.row.name-invisible";
				case "text.key-too-long" -> "directory.import.row.name-key-too-long";
				default -> "directory.import.row.name-control";
			});
		}
		return null;
	}

}
