package org.rapport.development.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.rapport.development.Competencies;
import org.rapport.development.CompetencySummary;
import org.rapport.shared.web.CsvDownload;

/**
 * The framework as the CSV file its import takes, for the page and the API alike.
 */
final class CompetencyCsv {

	private CompetencyCsv() {
	}

	static void write(HttpServletResponse response, List<CompetencySummary> framework, LocalDate today)
			throws IOException {
		CsvDownload csv = CsvDownload.start(response, "competencies", today, Competencies.CSV_HEADERS);
		for (CompetencySummary competency : framework) {
			csv.row(competency.key(), competency.name(), competency.description(), competency.levels().get(0),
					competency.levels().get(1), competency.levels().get(2), competency.levels().get(3),
					competency.active() ? "yes" : "no");
		}
		csv.flush();
	}

}
