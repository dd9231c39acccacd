package org.rapport.directory;

import org.rapport.shared.ImportRejection;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counting what an import did: each person of the file once, as created, updated or
 * unchanged.
 */
class ImportReportBuilderTests {

	@Test
	void countsAPersonCreatedAndThenGivenAManagerAsCreated() {
		ImportReportBuilder report = new ImportReportBuilder();
		report.created(1);
		report.updated(1);
		report.updated(2);

		report.count(List.of(1L, 2L, 3L));

		assertThat(report.created()).isEqualTo(1);
		assertThat(report.updated()).isEqualTo(1);
		assertThat(report.unchanged()).isEqualTo(1);
	}

	@Test
	void countsAPersonTwoRowsStandForOnce() {
		ImportReportBuilder report = new ImportReportBuilder();
		report.updated(5);

		report.count(List.of(5L, 5L, 6L));

		assertThat(report.updated()).isEqualTo(1);
		assertThat(report.unchanged()).isEqualTo(1);
		assertThat(report.created()).isZero();
	}

	@Test
	void listsRejectionsInFileOrderWhicheverPassFoundThem() {
		ImportReportBuilder report = new ImportReportBuilder();
		report.reject(9, "directory.import.row.email-of-another", "a@b.c", "Ada", "7");
		report.reject(3, "directory.import.row.no-key");

		assertThat(report.rejected()).extracting(ImportRejection::row).containsExactly(3, 9);
	}

}
