package org.rapport.directory;

import java.util.List;
import java.util.Locale;

/**
 * The directory fields that a column of an imported file can be mapped to.
 */
public enum ImportField {

	NAME(List.of("name", "employeename", "fullname", "displayname", "employee")),

	EMPLOYEE_ID(List.of("employeeid", "empid", "employeenumber", "staffid", "personnelnumber", "id")),

	EMAIL(List.of("email", "emailaddress", "mail", "workemail")),

	TITLE(List.of("title", "jobtitle", "position", "jobrole", "role")),

	UNIT(List.of("unit", "department", "dept", "businessunit", "orgunit", "team", "group")),

	UNIT_KIND(List.of("unitkind", "kind", "unittype")),

	IN_IT(List.of("init", "isit", "itstaff")),

	MANAGER_EMPLOYEE_ID(List.of("managerid", "manageremployeeid", "manageremplid", "supervisorid")),

	MANAGER_EMAIL(List.of("manageremail", "supervisoremail")),

	MANAGER_NAME(List.of("managername", "manager", "supervisor", "supervisorname"));

	private final List<String> synonyms;

	ImportField(List<String> synonyms) {
		this.synonyms = synonyms;
	}

	/**
	 * Whether a column header names this field, ignoring case, spaces and punctuation.
	 * @param header a column header
	 * @return {@code true} when the header is one of this field's usual names
	 */
	public boolean matches(String header) {
		return this.synonyms.contains(normalise(header));
	}

	/**
	 * Reads a field name as clients write it: {@code EMPLOYEE_ID}, {@code employeeId} or
	 * {@code employee id}.
	 * @param text the name
	 * @return the field
	 * @throws IllegalArgumentException for an unknown name
	 */
	public static ImportField parse(String text) {
		String wanted = normalise(text);
		for (ImportField field : values()) {
			if (normalise(field.name()).equals(wanted)) {
				return field;
			}
		}
		throw new IllegalArgumentException("Unknown field " + text);
	}

	static String normalise(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

}
