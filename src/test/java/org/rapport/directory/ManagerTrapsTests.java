package org.rapport.directory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The notes on what the manager columns of a file got wrong, without a database.
 */
class ManagerTrapsTests {

	private static final ImportColumns COLUMNS = RowValidationTests.columns(ImportField.NAME, ImportField.EMPLOYEE_ID,
			ImportField.MANAGER_EMPLOYEE_ID, ImportField.MANAGER_NAME);

	@Test
	void notesAManagerGivenTwoIdsAndRowsThatLeaveTheIdBlank() {
		ManagerTraps traps = new ManagerTraps(COLUMNS);
		traps.read(row("22", "Michael  Albert"));
		traps.read(row("30", "Michael Albert"));
		traps.read(row(null, "Webster Butler"));
		traps.read(row(null, "Webster Butler"));
		ImportReportBuilder report = new ImportReportBuilder();

		traps.note(report);

		assertThat(report.notes()).extracting(ImportNote::topic, ImportNote::code, ImportNote::arguments)
			.containsExactly(
					tuple("MANAGER_TWO_IDS", "directory.import.note.manager-two-ids",
							java.util.List.of("Michael Albert", 2, "MANAGER_EMPLOYEE_ID", "22, 30")),
					tuple("MANAGER_BLANK_ID", "directory.import.note.manager-blank-id",
							java.util.List.of(2, "Webster Butler", "MANAGER_EMPLOYEE_ID")));
	}

	@Test
	void notesThatManagerIdsMatchNoOneOnlyWhenNoneMatched() {
		ManagerTraps traps = new ManagerTraps(COLUMNS);
		traps.unmatchedId("22");
		traps.unmatchedId("30");
		traps.matchedByName();
		ImportReportBuilder report = new ImportReportBuilder();
		traps.note(report);

		assertThat(report.notes()).extracting(ImportNote::code, ImportNote::arguments)
			.containsExactly(tuple("directory.import.note.manager-ids-unmatched",
					java.util.List.of("MANAGER_EMPLOYEE_ID", 2, 1)));

		ManagerTraps matched = new ManagerTraps(COLUMNS);
		matched.unmatchedId("22");
		matched.matchedById();
		ImportReportBuilder none = new ImportReportBuilder();
		matched.note(none);
		assertThat(none.notes()).isEmpty();
	}

	@Test
	void namesAtMostTwentyFiveMissingManagersAndCountsTheRest() {
		ManagerTraps traps = new ManagerTraps(COLUMNS);
		for (int i = 0; i < 30; i++) {
			traps.notFound(row(null, "Manager " + (char) ('A' + i)));
		}
		traps.notFound(row(null, "Manager A"));
		ImportReportBuilder report = new ImportReportBuilder();

		traps.note(report);

		assertThat(report.notes()).hasSize(26);
		assertThat(report.notes().get(0).arguments()).containsExactly("Manager A", 2);
		assertThat(report.notes().get(25).code()).isEqualTo("directory.import.note.managers-not-found-more");
		assertThat(report.notes().get(25).arguments()).containsExactly(5);
	}

	@Test
	void findsALoopOfManagers() {
		assertThat(ManagerResolution.loops(java.util.Map.of(1L, 2L, 2L, 3L, 3L, 1L), 1L)).isTrue();
		assertThat(ManagerResolution.loops(java.util.Map.of(1L, 2L, 2L, 3L), 1L)).isFalse();
	}

	private static ImportRow row(String managerId, String managerName) {
		return new ImportRow(2, "Someone", "1", null, null, null, null, null, managerId, null, managerName);
	}

}
