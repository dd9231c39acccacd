package org.rapport.insight.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.rapport.insight.InsightManagement;
import org.rapport.insight.InsightReports;
import org.rapport.insight.KeptReport;
import org.rapport.insight.PerceptionGap;
import org.rapport.insight.PerceptionTrend;
import org.rapport.insight.Period;
import org.rapport.insight.Quadrant;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.web.CsvDownload;
import org.rapport.shared.web.FormErrors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The perception gap on pages: the quarter's quadrant chart with every business unit, the
 * units technically green and perceived red, and what changed since the quarter before;
 * and its summary on the CIO's home page.
 */
@Controller
class InsightController {

	/** How many units the dashboard lists among the widest gaps. */
	private static final int WIDEST_SHOWN = 3;

	/** How many of the last ended quarters the reports page offers to keep. */
	private static final int KEEPABLE_OFFERED = 8;

	private final InsightManagement insight;

	private final InsightReports reports;

	private final Clock clock;

	InsightController(InsightManagement insight, InsightReports reports, Clock clock) {
		this.insight = insight;
		this.reports = reports;
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
		model.addAttribute("trend", this.insight.trend(quarter, PerceptionTrend.DEFAULT_QUARTERS));
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
	void reportCsv(@RequestParam(required = false) String period, HttpServletResponse response) throws IOException {
		PerceptionGap gap = this.insight.gap(quarter(period));
		csv(gap, gap.to().isBefore(LocalDate.now(this.clock)) ? gap.to() : LocalDate.now(this.clock), response);
	}

	@GetMapping("/insight/reports")
	String reports(@ModelAttribute("keepForm") KeepReportForm form, Model model) {
		List<KeptReport> kept = this.reports.kept();
		Set<String> periods = kept.stream().map(KeptReport::period).collect(Collectors.toSet());
		List<String> keepable = new ArrayList<>();
		Period quarter = this.insight.currentPeriod();
		for (int i = 0; i < KEEPABLE_OFFERED; i++) {
			quarter = quarter.previous();
			if (!periods.contains(quarter.toString())) {
				keepable.add(quarter.toString());
			}
		}
		model.addAttribute("kept", kept);
		model.addAttribute("keepable", keepable);
		return "insight/reports";
	}

	@PostMapping("/insight/reports")
	String keep(@ModelAttribute("keepForm") KeepReportForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			KeptReport kept = this.reports.keep(form.getPeriod());
			redirect.addFlashAttribute("keptPeriod", kept.period());
			return "redirect:/insight/reports";
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex, Map.of());
		}
		return reports(form, model);
	}

	@GetMapping("/insight/reports/{id}/report.pdf")
	ResponseEntity<byte[]> keptPdf(@PathVariable long id) {
		PerceptionGap gap = this.reports.figures(id);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("perception-gap-" + gap.period() + ".pdf")
						.build()
						.toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(this.reports.pdf(id));
	}

	@GetMapping("/insight/reports/{id}/report.csv")
	void keptCsv(@PathVariable long id, HttpServletResponse response) throws IOException {
		PerceptionGap gap = this.reports.figures(id);
		csv(gap, gap.to(), response);
	}

	private static void csv(PerceptionGap gap, LocalDate day, HttpServletResponse response) throws IOException {
		CsvDownload download = CsvDownload.start(response, "perception-gap-" + gap.period(), day,
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
		model.addAttribute("next", (quarter.equals(this.insight.currentPeriod())) ? null : quarter.next().toString());
		model.addAttribute("flagged", gap.units().stream().filter(PerceptionGap.Unit::flagged).toList());
		model.addAttribute("moved", gap.units().stream().filter(PerceptionGap.Unit::moved).toList());
		model.addAttribute("widest",
				gap.units()
					.stream()
					.filter((unit) -> unit.gap() != null && unit.gap() > 0)
					.sorted(Comparator.comparing(PerceptionGap.Unit::gap).reversed())
					.limit(WIDEST_SHOWN)
					.map((unit) -> new Widest(unit.unitName(), QuadrantChart.href(unit), unit.technicalScore(),
							unit.perceivedScore(), unit.quadrant()))
					.toList());
	}

	/**
	 * A unit among the widest gaps on the dashboard.
	 *
	 * @param name the unit
	 * @param href where it leads, as its point on the chart
	 * @param technical its technical score
	 * @param perceived its perception
	 * @param quadrant where they meet
	 */
	record Widest(String name, String href, double technical, double perceived, Quadrant quadrant) {
	}

}
