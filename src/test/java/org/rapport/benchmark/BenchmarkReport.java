package org.rapport.benchmark;

import java.util.List;
import java.util.Locale;

/**
 * The benchmark's figures as a Markdown table: one row a page, its response times, the
 * same SQL run directly and the ratio between them.
 */
final class BenchmarkReport {

	private BenchmarkReport() {
	}

	/**
	 * Writes the table.
	 * @param pages the pages' figures
	 * @return the table in Markdown
	 */
	static String table(List<PageFigures> pages) {
		StringBuilder table = new StringBuilder();
		table.append("| Page | Median ms | p95 ms | Direct SQL ms | Ratio | Queries per page | Seq scans |\n");
		table.append("|---|---:|---:|---:|---:|---:|---|\n");
		for (PageFigures page : pages) {
			table.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.1f | %s | %s |%n", page.name(),
					page.page().medianMillis(), page.page().percentileMillis(95), page.direct().medianMillis(),
					page.page().ratioTo(page.direct()), page.queries(),
					page.seqScans().isEmpty() ? "none" : String.join(", ", page.seqScans())));
		}
		return table.toString();
	}

}
