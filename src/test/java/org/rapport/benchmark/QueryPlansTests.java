package org.rapport.benchmark;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryPlansTests {

	@Test
	void findsSequentialScansParallelOrNotWithTheirTables() {
		List<String> plan = List.of("Limit  (cost=0.00..1.00 rows=21 width=80)",
				"  ->  Gather Merge  (cost=1000.00..2000.00 rows=21 width=80)",
				"        ->  Parallel Seq Scan on interactions_interaction i  (cost=0.00..9000.00 rows=400000 width=80)",
				"              Filter: (relationship_id = '43'::bigint)",
				"  ->  Seq Scan on directory_org_unit c  (cost=0.00..3.34 rows=134 width=30)",
				"  ->  Seq Scan on interactions_interaction  (cost=0.00..9000.00 rows=1 width=8)");

		assertThat(QueryPlans.sequentiallyScanned(plan)).containsExactly("interactions_interaction",
				"directory_org_unit");
	}

	@Test
	void indexAndBitmapScansAreNoSequentialScans() {
		List<String> plan = List.of(
				"Index Scan Backward using interactions_interaction_timeline_idx on interactions_interaction i",
				"  ->  Bitmap Heap Scan on commitments_commitment c",
				"        ->  Bitmap Index Scan on " + "commitments_commitment_relationship_idx",
				"  ->  Index Only Scan using relationships_relationship_pkey on relationships_relationship r");

		assertThat(QueryPlans.sequentiallyScanned(plan)).isEmpty();
	}

	@Test
	void tellsQueriesOnTheLargeTablesFromOtherStatements() {
		CapturedStatement timeline = new CapturedStatement(
				"select i.id from interactions_interaction i where i.relationship_id = ?", true, List.of());
		CapturedStatement people = new CapturedStatement(
				"select p.interaction_id from interactions_participant p where p.interaction_id in (?)", true,
				List.of());
		CapturedStatement touch = new CapturedStatement("update accounts_api_token set last_used_at = ? where id = ?",
				true, List.of());

		assertThat(timeline.touchesAny(QueryPlans.LARGE_TABLES)).isTrue();
		assertThat(timeline.isQuery()).isTrue();
		assertThat(people.touchesAny(QueryPlans.LARGE_TABLES)).isFalse();
		assertThat(touch.isQuery()).isFalse();
	}

}
