package org.rapport.directory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the manager columns of a file got wrong, gathered while managers are resolved and
 * noted once at the end: a manager given two ids, rows that name a manager but leave the
 * id blank, manager ids that are nobody's employee id, and managers not in the directory.
 */
final class ManagerTraps {

	static final int MAX_NAMED = 25;

	private final ImportColumns columns;

	private final Map<String, Set<String>> idsByManagerName = new TreeMap<>();

	private final Map<String, Integer> blankIdRows = new TreeMap<>();

	private final Map<String, Map<String, Integer>> notFound = new LinkedHashMap<>();

	private final Set<String> unmatchedManagerIds = new TreeSet<>();

	private int matchedById;

	private int matchedByName;

	ManagerTraps(ImportColumns columns) {
		this.columns = columns;
		// Named managers first, then those known by email, then by employee id only.
		for (String kind : new String[] { "name", "email", "employee-id" }) {
			this.notFound.put(kind, new TreeMap<>());
		}
	}

	/**
	 * Notes how a row names its manager, before the manager is looked up.
	 */
	void read(ImportRow row) {
		if (row.managerName() == null || !this.columns.has(ImportField.MANAGER_EMPLOYEE_ID)) {
			return;
		}
		String name = Names.clean(row.managerName());
		if (row.managerEmployeeId() == null) {
			this.blankIdRows.merge(name, 1, Integer::sum);
		}
		else {
			this.idsByManagerName.computeIfAbsent(name, (k) -> new TreeSet<>()).add(row.managerEmployeeId());
		}
	}

	void matchedById() {
		this.matchedById++;
	}

	void unmatchedId(String managerEmployeeId) {
		this.unmatchedManagerIds.add(managerEmployeeId);
	}

	void matchedByName() {
		this.matchedByName++;
	}

	/**
	 * Notes a row whose manager is nowhere in the directory.
	 */
	void notFound(ImportRow row) {
		if (row.managerName() != null) {
			this.notFound.get("name").merge(Names.clean(row.managerName()), 1, Integer::sum);
		}
		else if (row.managerEmail() != null) {
			this.notFound.get("email").merge(row.managerEmail(), 1, Integer::sum);
		}
		else {
			this.notFound.get("employee-id").merge(row.managerEmployeeId(), 1, Integer::sum);
		}
	}

	/**
	 * Puts the notes on the report.
	 */
	void note(ImportReportBuilder report) {
		String idColumn = this.columns.header(ImportField.MANAGER_EMPLOYEE_ID);
		this.idsByManagerName.forEach((name, ids) -> {
			if (ids.size() > 1) {
				report.note("MANAGER_TWO_IDS", "directory.import.note.manager-two-ids", name, ids.size(), idColumn,
						String.join(", ", ids));
			}
		});
		this.blankIdRows.forEach((name, count) -> report.note("MANAGER_BLANK_ID",
				"directory.import.note.manager-blank-id", count, name, idColumn));
		if (!this.unmatchedManagerIds.isEmpty() && this.matchedById == 0
				&& this.columns.has(ImportField.MANAGER_NAME)) {
			report.note("MANAGER_IDS_UNMATCHED", "directory.import.note.manager-ids-unmatched", idColumn,
					this.unmatchedManagerIds.size(), this.matchedByName);
		}
		int named = 0;
		int total = this.notFound.values().stream().mapToInt(Map::size).sum();
		for (Map.Entry<String, Map<String, Integer>> kind : this.notFound.entrySet()) {
			for (Map.Entry<String, Integer> manager : kind.getValue().entrySet()) {
				if (named++ == MAX_NAMED) {
					report.note("MANAGER_NOT_FOUND", "directory.import.note.managers-not-found-more",
							total - MAX_NAMED);
					return;
				}
				report.note("MANAGER_NOT_FOUND", "directory.import.note.manager-not-found." + kind.getKey(),
						manager.getKey(), manager.getValue());
			}
		}
	}

}
