package org.rapport.insight.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rapport.insight.InsightManagement;
import org.rapport.insight.PerceptionGap;
import org.rapport.insight.Period;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The perception gap over REST.
 */
@RestController
@RequestMapping("/api/v1/insight")
@Tag(name = "Insight")
class InsightApiController {

	private final InsightManagement insight;

	InsightApiController(InsightManagement insight) {
		this.insight = insight;
	}

	@Operation(summary = "Read the perception gap of a quarter",
			description = "period is a quarter such as 2026-Q4 (default: the current one). Each business unit with "
					+ "an active relationship to IT: its incidents and SLA met percentage in the quarter (the "
					+ "technical score), its perception of IT on 0 to 100 from its relationships' latest survey "
					+ "results in the quarter or the one before (weighted by responses), the quadrant they fall in "
					+ "(HEALTHY, RELATIONSHIP_PROBLEM, GOODWILL_AT_RISK, CRISIS, NOT_MEASURED), flagged when "
					+ "technically green and perceived red, and the quarter before beside it.")
	@GetMapping("/perception-gap")
	PerceptionGap perceptionGap(@RequestParam(required = false) String period) {
		return this.insight
			.gap((period == null || period.isBlank()) ? this.insight.currentPeriod() : Period.of(period));
	}

}
