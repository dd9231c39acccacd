package org.rapport.insight.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.rapport.insight.InsightManagement;
import org.rapport.insight.PerceptionGap;
import org.rapport.insight.Period;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.web.CsvDownload;
import org.rapport.shared.web.FormErrors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The perception gap on pages: the quarter's quadrant chart with every business unit, the
 * units technically green and perceived red, and what changed since the quarter before;
 * and its summary on the CIO's home page.
 */
@Controller
class InsightController {

	private final InsightManagement insight;

	private final Clock clock;

	InsightController(InsightManagement insight, Clock clock) {
		this.insight = insight;
		this.clock = clock;
	}

	@GetMapping("/insight")
	String gap(@RequestParam(required = false) String period, HttpServletRequest request, Model model) {
		Period quarter = this.insight.currentPeriod();
		if (period != null && !period.isBlank()) {
			try {
				quarter = Period.of(period);
			}
			catch (InvalidInputException ex) {
				model.addAttribute("error", FormErrors.text(request, ex));
			}
		}
		fill(quarter, model);
		return "insight/gap";
	}

	@GetMapping("/insight/summary")
	String summary(Model model) {
		fill(this.insight.currentPeriod(), model);
		return "insight/gap :: summary";
	}

	@GetMapping("/insight/report.pdf")
	ResponseEntity<byte[]> reportPdf(@RequestParam(required = false) String period, Locale locale) {
		Period quarter = quarter(period);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("perception-gap-" + quarter + ".pdf").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(this.insight.report(quarter, locale));
	}

	@GetMapping("/insight/report.csv")
	void reportCsv(@RequestParam(required = false) String period, Locale locale, HttpServletResponse response)
			throws IOException {
		PerceptionGap gap = this.insight.gap(quarter(period));
		CsvDownload download = CsvDownload.start(response, "perception-gap-" + gap.period(),
				gap.to().isBefore(LocalDate.now(this.clock)) ? gap.to() : LocalDate.now(this.clock),
				List.of("period", "unitId", "unit", "incidents", "slaMetPercent", "perceivedScore", "nps", "responses",
						"quadrant", "flagged", "previousQuadrant", "previousPerceivedScore", "previousTechnicalScore"));
		for (PerceptionGap.Unit unit : gap.units()) {
			download.row(gap.period(), unit.unitId(), unit.unitName(), unit.incidents(), round(unit.slaMetPercent()),
					round(unit.perceivedScore()), unit.nps(), unit.responses(), unit.quadrant(), unit.flagged(),
					unit.previousQuadrant(), round(unit.previousPerceivedScore()),
					round(unit.previousTechnicalScore()));
		}
		download.flush();
	}

	private static String round(Double value) {
		return (value != null) ? String.format(Locale.ROOT, "%.1f", value) : null;
	}

	private Period quarter(String period) {
		return (period == null || period.isBlank()) ? this.insight.currentPeriod() : Period.of(period);
	}

	@GetMapping("/relationships/{id}/perception-gap")
	String relationship(@PathVariable long id, Model model) {
		model.addAttribute("sides", this.insight.relationshipGap(id).orElse(null));
		return "insight/relationship :: sides";
	}

	private void fill(Period quarter, Model model) {
		PerceptionGap gap = this.insight.gap(quarter);
		model.addAttribute("gap", gap);
		model.addAttribute("chart", QuadrantChart.of(gap));
		model.addAttribute("previous", quarter.previous().toString());
		model.addAttribute("next",
				(quarter.equals(this.insight.currentPeriod())) ? null
						: new Period(quarter.quarter() == 4 ? quarter.year() + 1 : quarter.year(),
								quarter.quarter() == 4 ? 1 : quarter.quarter() + 1)
							.toString());
		model.addAttribute("flagged", gap.units().stream().filter(PerceptionGap.Unit::flagged).toList());
		model.addAttribute("moved", gap.units().stream().filter(PerceptionGap.Unit::moved).toList());
	}

}
