package org.rapport.directory;

import java.util.Locale;

/**
 * One data row of a file, read through the column mapping and with its names cleaned.
 * Rows are compared by identity: two rows of a file may hold the same values.
 *
 * @param rowNo the row number people see in a spreadsheet, the header being row 1
 * @param name the person's name
 * @param employeeId the employee id, or {@code null}
 * @param email the email, or {@code null}
 * @param title the job title, or {@code null}
 * @param unitText the unit as written in the file, spaces and all
 * @param unitKindText the unit's kind as written, or {@code null}
 * @param inItText whether the person works in IT, as written, or {@code null}
 * @param managerEmployeeId the manager's employee id, or {@code null}
 * @param managerEmail the manager's email, or {@code null}
 * @param managerName the manager's name, or {@code null}
 */
record ImportRow(int rowNo, String name, String employeeId, String email, String title, String unitText,
		String unitKindText, String inItText, String managerEmployeeId, String managerEmail, String managerName) {

	UnitKind unitKind() {
		if (this.unitKindText == null) {
			return null;
		}
		return switch (ImportField.normalise(this.unitKindText)) {
			case "businessunit", "business", "bu" -> UnitKind.BUSINESS_UNIT;
			case "itgroup", "it" -> UnitKind.IT_GROUP;
			case "vendor", "supplier" -> UnitKind.VENDOR;
			default -> null;
		};
	}

	Boolean inIt() {
		if (this.inItText == null) {
			return null;
		}
		return switch (this.inItText.strip().toLowerCase(Locale.ROOT)) {
			case "yes", "y", "true", "1", "x" -> true;
			case "no", "n", "false", "0", "" -> false;
			default -> null;
		};
	}

	/**
	 * The key of the row's unit, or {@code null} when the row names none.
	 */
	String unitKey() {
		String unit = Names.blankToNull(this.unitText);
		return (unit != null) ? Names.key(unit) : null;
	}

	boolean namesAManager() {
		return this.managerEmployeeId != null || this.managerEmail != null || this.managerName != null;
	}

	@Override
	public boolean equals(Object other) {
		return this == other;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(this);
	}

}
