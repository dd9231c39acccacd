package org.rapport.directory;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An uploaded file before it is imported: its columns, the mapping of columns to fields
 * (saved from an earlier import of a file with the same headers, or suggested from the
 * header names), the units it names and a few sample rows.
 *
 * @param runId the run the file belongs to
 * @param fileName the file's name
 * @param headers the column headers in file order
 * @param mapping the suggested or saved mapping of fields to headers
 * @param savedMapping whether the mapping was saved from an earlier import
 * @param units the unit names the mapped unit column holds, trimmed, with whether they
 * exist
 * @param itUnits the unit names proposed to be created as IT groups
 * @param rows the number of data rows
 * @param sample the first rows of the file
 */
public record ImportPreview(long runId, String fileName, List<String> headers, Map<ImportField, String> mapping,
		boolean savedMapping, List<UnitPreview> units, Set<String> itUnits, int rows, List<List<String>> sample) {

	/**
	 * A unit named in the file.
	 *
	 * @param name the trimmed name
	 * @param existingKind the kind of the unit already in the directory, or {@code null}
	 * for a new unit
	 * @param rows how many rows name it
	 */
	public record UnitPreview(String name, UnitKind existingKind, int rows) {
	}

}
