package org.rapport.servicemetrics.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.UnitKind;
import org.rapport.servicemetrics.AttributionRule;
import org.rapport.servicemetrics.Grouping;
import org.rapport.servicemetrics.IncidentFigures;
import org.rapport.servicemetrics.IncidentFormat;
import org.rapport.servicemetrics.IncidentImports;
import org.rapport.servicemetrics.ImportRun;
import org.rapport.servicemetrics.ServiceMetrics;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.NotFoundException;
import org.rapport.shared.web.FormErrors;
import org.rapport.shared.web.ImportMappings;
import tools.jackson.databind.json.JsonMapper;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.springframework.format.annotation.DateTimeFormat;
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
 * The technical side on pages: incident figures for those who oversee the portfolio;
 * imports of incident exports with their progress and report, and the attribution rules,
 * for administrators.
 */
@Controller
class ServiceMetricsController {

	/** How many unattributed values of each dimension the rules page offers. */
	private static final int UNMATCHED_SHOWN = 15;

	private final ServiceMetrics metrics;

	private final IncidentImports imports;

	private final DirectoryManagement directory;

	private final JsonMapper json;

	ServiceMetricsController(ServiceMetrics metrics, IncidentImports imports, DirectoryManagement directory,
			JsonMapper json) {
		this.metrics = metrics;
		this.imports = imports;
		this.directory = directory;
		this.json = json;
	}

	@GetMapping("/service-metrics")
	String figures(@RequestParam(required = false) String by,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			HttpServletRequest request, Model model) {
		Grouping grouping = Grouping.BUSINESS_UNIT;
		List<IncidentFigures> figures = List.of();
		try {
			grouping = Grouping.of(by);
			figures = this.metrics.summary(grouping, from, to);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("error", FormErrors.text(request, ex));
		}
		long total = figures.stream().mapToLong(IncidentFigures::incidents).sum();
		model.addAttribute("by", grouping);
		model.addAttribute("groupings", Grouping.values());
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("figures", figures);
		model.addAttribute("total", total);
		model.addAttribute("widest", figures.stream().mapToLong(IncidentFigures::incidents).max().orElse(0));
		model.addAttribute("coverage", this.metrics.coverage());
		model.addAttribute("availabilityCoverage", this.metrics.availabilityCoverage());
		return "servicemetrics/figures";
	}

	@GetMapping("/service-metrics/imports")
	String imports(Model model) {
		if (!model.containsAttribute("importForm")) {
			model.addAttribute("importForm", new IncidentImportForm());
		}
		Map<IncidentFormat, Map<String, String>> mappings = new EnumMap<>(IncidentFormat.class);
		for (IncidentFormat format : IncidentFormat.values()) {
			mappings.put(format, this.imports.mapping(format));
		}
		model.addAttribute("formats", IncidentFormat.values());
		model.addAttribute("mappings", mappings);
		model.addAttribute("runs", this.imports.recentRuns());
		return "servicemetrics/imports";
	}

	@PostMapping("/service-metrics/imports")
	String upload(@ModelAttribute("importForm") IncidentImportForm form, BindingResult result, Model model)
			throws IOException {
		try {
			IncidentFormat format = IncidentFormat.of(form.getFormat());
			if (form.getFile() == null || form.getFile().isEmpty()) {
				throw new InvalidInputException("file", "servicemetrics.file.choose");
			}
			ImportRun run = this.imports.upload(format, form.getFile().getOriginalFilename(), form.getFile().getBytes(),
					ImportMappings.pairs(this.json, form.getMapping()));
			this.imports.start(run.id());
			return "redirect:/service-metrics/imports/" + run.id();
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex, Map.of());
		}
		return imports(model);
	}

	@GetMapping("/service-metrics/imports/{id}")
	String run(@PathVariable long id, Model model) {
		model.addAttribute("run", this.imports.run(id));
		return "servicemetrics/import";
	}

	@HxRequest
	@GetMapping("/service-metrics/imports/{id}")
	String progress(@PathVariable long id, Model model) {
		model.addAttribute("run", this.imports.run(id));
		return "servicemetrics/import :: import-progress";
	}

	@GetMapping("/service-metrics/attribution")
	String attribution(Model model) {
		if (!model.containsAttribute("ruleForm")) {
			model.addAttribute("ruleForm", new RuleForm());
		}
		Map<AttributionRule.Dimension, List<AttributionRule.Unmatched>> unmatched = new EnumMap<>(
				AttributionRule.Dimension.class);
		for (AttributionRule.Dimension dimension : AttributionRule.Dimension.values()) {
			unmatched.put(dimension, this.metrics.unmatched(dimension, UNMATCHED_SHOWN));
		}
		model.addAttribute("rules", this.metrics.rules());
		model.addAttribute("unmatched", unmatched);
		model.addAttribute("dimensions", AttributionRule.Dimension.values());
		model.addAttribute("units", this.directory.unitsOf(UnitKind.BUSINESS_UNIT));
		model.addAttribute("coverage", this.metrics.coverage());
		return "servicemetrics/attribution";
	}

	@PostMapping("/service-metrics/attribution")
	String addRule(@ModelAttribute("ruleForm") RuleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				AttributionRule rule = this.metrics.addRule(form.getDimension(), form.getValue(), form.getUnitId());
				redirect.addFlashAttribute("added", rule.value());
				return "redirect:/service-metrics/attribution";
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex, Map.of());
			}
		}
		return attribution(model);
	}

	@PostMapping("/service-metrics/attribution/{id}/delete")
	String removeRule(@PathVariable long id, RedirectAttributes redirect) {
		try {
			this.metrics.removeRule(id);
			redirect.addFlashAttribute("removed", true);
		}
		catch (NotFoundException ex) {
			// Removed meanwhile, perhaps in another tab: the list shows what is left.
		}
		return "redirect:/service-metrics/attribution";
	}

}
