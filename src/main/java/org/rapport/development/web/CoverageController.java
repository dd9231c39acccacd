package org.rapport.development.web;

import org.rapport.development.CoverageReport;
import org.rapport.development.DevelopmentCoverage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The coverage page: how much of IT develops for relationship management, over the last
 * quarters and per IT group.
 */
@Controller
class CoverageController {

	private final DevelopmentCoverage coverage;

	CoverageController(DevelopmentCoverage coverage) {
		this.coverage = coverage;
	}

	@GetMapping("/development/coverage")
	String coverage(Model model) {
		CoverageReport report = this.coverage.coverage();
		model.addAttribute("report", report);
		model.addAttribute("chart", CoverageChart.of(report.trend()));
		model.addAttribute("lastQuarter", report.trend().get(report.trend().size() - 2));
		return "development/coverage";
	}

}
