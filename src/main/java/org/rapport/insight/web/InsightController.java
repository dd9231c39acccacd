package org.rapport.insight.web;

import jakarta.servlet.http.HttpServletRequest;
import org.rapport.insight.InsightManagement;
import org.rapport.insight.PerceptionGap;
import org.rapport.insight.Period;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.web.FormErrors;

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

	InsightController(InsightManagement insight) {
		this.insight = insight;
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
