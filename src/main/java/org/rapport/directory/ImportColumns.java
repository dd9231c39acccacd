package org.rapport.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

/**
 * Which column of a file each mapped field reads from.
 */
final class ImportColumns {

	private final Map<ImportField, Integer> index = new LinkedHashMap<>();

	private final Map<ImportField, String> headers;

	ImportColumns(List<String> fileHeaders, Map<ImportField, String> mapping) {
		this.headers = mapping;
		mapping.forEach((field, header) -> {
			int at = fileHeaders.indexOf(header);
			if (at >= 0) {
				this.index.put(field, at);
			}
		});
	}

	boolean has(ImportField field) {
		return this.index.containsKey(field);
	}

	boolean hasAnyManager() {
		return has(ImportField.MANAGER_EMPLOYEE_ID) || has(ImportField.MANAGER_EMAIL) || has(ImportField.MANAGER_NAME);
	}

	String header(ImportField field) {
		return this.headers.get(field);
	}

	String value(CSVRecord record, ImportField field) {
		Integer at = this.index.get(field);
		return (at != null && at < record.size()) ? record.get(at) : null;
	}

}
