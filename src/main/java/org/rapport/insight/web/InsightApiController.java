package org.rapport.insight.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rapport.insight.InsightManagement;
import org.rapport.insight.InsightReports;
import org.rapport.insight.KeptReport;
import org.rapport.insight.PerceptionGap;
import org.rapport.insight.PerceptionTrend;
import org.rapport.insight.Period;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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

	private final InsightReports reports;

	InsightApiController(InsightManagement insight, InsightReports reports) {
		this.insight = insight;
		this.reports = reports;
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
		return this.insight.gap(quarter(period));
	}

	@Operation(summary = "Read the perception gap quarter by quarter",
			description = "to is the last quarter shown (default: the current one), quarters how many (2 to 12, "
					+ "default 8). Each business unit with an active relationship to IT, by name, with its technical "
					+ "score, perception and quadrant in each quarter, the oldest first; null where a side was not "
					+ "measured.")
	@GetMapping("/perception-gap/trend")
	PerceptionTrend trend(@RequestParam(required = false) String to,
			@RequestParam(defaultValue = "" + PerceptionTrend.DEFAULT_QUARTERS) int quarters) {
		return this.insight.trend(quarter(to), quarters);
	}

	@Operation(summary = "List the executive reports kept",
			description = "One per quarter, the latest first: kept by the quarterly job the morning after a quarter "
					+ "ends (generatedBy \"system\"), or on demand for an earlier quarter.")
	@GetMapping("/reports")
	List<KeptReport> reports() {
		return this.reports.kept();
	}

	@Operation(summary = "Keep the executive report of an ended quarter now",
			description = "Body {\"period\": \"2026-Q3\"}. 201 with the report kept; 400 naming period when the "
					+ "quarter has not ended or is not a quarter; 409 when its report is kept already.")
	@PostMapping("/reports")
	ResponseEntity<KeptReport> keep(@RequestBody KeepRequest request) {
		KeptReport kept = this.reports.keep(request.period());
		return ResponseEntity.created(URI.create("/api/v1/insight/reports/" + kept.id())).body(kept);
	}

	@Operation(summary = "Read a kept report's figures",
			description = "The perception gap of its quarter as it stood when the report was made.")
	@GetMapping("/reports/{id}")
	PerceptionGap report(@PathVariable long id) {
		return this.reports.figures(id);
	}

	@Operation(summary = "Download a kept report's PDF", description = "The PDF as it was made.")
	@GetMapping("/reports/{id}/report.pdf")
	ResponseEntity<byte[]> reportPdf(@PathVariable long id) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(this.reports.pdf(id));
	}

	/**
	 * The quarter whose report to keep.
	 *
	 * @param period such as {@code 2026-Q3}
	 */
	record KeepRequest(String period) {
	}

	private Period quarter(String period) {
		return (period == null || period.isBlank()) ? this.insight.currentPeriod() : Period.of(period);
	}

}
