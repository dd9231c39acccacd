package org.rapport.directory;

import org.rapport.shared.ImportRejection;
import org.rapport.shared.CsvFile;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.rapport.shared.Text;

/**
 * Reads the rows of a file through its column mapping: a record that does not have the
 * header's number of values, or holds a control character, is rejected as unreadable; the
 * others are cleaned into {@link ImportRow}s and kept when they pass
 * {@link RowValidation}.
 */
final class ImportRows {

	private ImportRows() {
	}

	/**
	 * The good rows of a file, in file order; the others are rejected on the report.
	 * @param file the parsed file
	 * @param columns which column each field reads from
	 * @param report where rejected rows go
	 * @return the rows to import
	 */
	static List<ImportRow> read(CsvFile file, ImportColumns columns, ImportReportBuilder report) {
		RowValidation validation = new RowValidation(columns);
		List<ImportRow> rows = new ArrayList<>();
		int width = file.headers().size();
		for (CSVRecord record : file.records()) {
			int rowNo = CsvFile.rowNumber(record);
			if (record.size() != width) {
				report.reject(rowNo, "directory.import.row.value-count", record.size(), width);
				continue;
			}
			if (record.stream().anyMatch((cell) -> Text.hasControl(cell, true))) {
				report.reject(rowNo, "directory.import.row.control");
				continue;
			}
			ImportRow row = rowOf(record, rowNo, columns);
			ImportRejection rejection = validation.check(row);
			if (rejection != null) {
				report.reject(rejection);
				continue;
			}
			rows.add(row);
		}
		return rows;
	}

	static ImportRow rowOf(CSVRecord record, int rowNo, ImportColumns columns) {
		return new ImportRow(rowNo, text(record, columns, ImportField.NAME),
				text(record, columns, ImportField.EMPLOYEE_ID), text(record, columns, ImportField.EMAIL),
				text(record, columns, ImportField.TITLE), columns.value(record, ImportField.UNIT),
				columns.value(record, ImportField.UNIT_KIND), columns.value(record, ImportField.IN_IT),
				text(record, columns, ImportField.MANAGER_EMPLOYEE_ID),
				text(record, columns, ImportField.MANAGER_EMAIL), text(record, columns, ImportField.MANAGER_NAME));
	}

	private static String text(CSVRecord record, ImportColumns columns, ImportField field) {
		return Names.blankToNull(columns.value(record, field));
	}

}
