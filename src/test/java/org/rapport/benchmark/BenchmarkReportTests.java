package org.rapport.benchmark;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BenchmarkReportTests {

	@Test
	void writesOneRowAPageWithTimesRatioQueriesAndSeqScans() {
		PageFigures timeline = new PageFigures("Timeline", "/relationships/1/interactions", millis(4, 6, 8),
				millis(1, 2, 3), 5, 5, Set.of());
		PageFigures portfolio = new PageFigures("Portfolio", "/relationships", millis(10, 20), millis(2, 3), 4, 6,
				Set.of("relationships_relationship"));

		String table = BenchmarkReport.table(List.of(timeline, portfolio));

		assertThat(table.lines().toList()).containsExactly(
				"| Page | Median ms | p95 ms | Direct SQL ms | Ratio | Queries per page | Seq scans |",
				"|---|---:|---:|---:|---:|---:|---|", "| Timeline | 6.00 | 8.00 | 2.00 | 3.0 | 5 | none |",
				"| Portfolio | 15.00 | 20.00 | 2.50 | 6.0 | 4–6 | relationships_relationship |");
	}

	private static Samples millis(long... values) {
		Samples samples = new Samples();
		for (long value : values) {
			samples.add(value * 1_000_000L);
		}
		return samples;
	}

}
