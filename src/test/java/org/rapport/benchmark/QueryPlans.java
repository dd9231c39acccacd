package org.rapport.benchmark;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PostgreSQL query plans for what the benchmark checks: sequential scans.
 */
final class QueryPlans {

	/** The tables that grow with the organisation's history. */
	static final List<String> LARGE_TABLES = List.of("interactions_interaction", "relationships_relationship",
			"commitments_commitment", "health_history");

	private static final Pattern SEQ_SCAN = Pattern.compile("Seq Scan on ([a-z0-9_]+)");

	private QueryPlans() {
	}

	/**
	 * The tables that a plan reads with a sequential scan, parallel or not.
	 * @param plan the plan, one line an element, as {@code EXPLAIN} prints it
	 * @return the tables, in the order they first appear
	 */
	static Set<String> sequentiallyScanned(List<String> plan) {
		Set<String> tables = new LinkedHashSet<>();
		for (String line : plan) {
			Matcher matcher = SEQ_SCAN.matcher(line);
			while (matcher.find()) {
				tables.add(matcher.group(1));
			}
		}
		return tables;
	}

}
