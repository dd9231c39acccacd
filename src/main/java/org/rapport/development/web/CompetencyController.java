package org.rapport.development.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.rapport.development.Competencies;
import org.rapport.development.CompetencySummary;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.web.FormErrors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The competency framework's pages: the framework for everyone in IT to read and export,
 * and, for the head of relationship management, a competency added, changed, retired or
 * restored, and the framework imported from CSV. A refused form keeps what was typed.
 */
@Controller
class CompetencyController {

	private final Competencies competencies;

	private final Clock clock;

	CompetencyController(Competencies competencies, Clock clock) {
		this.competencies = competencies;
		this.clock = clock;
	}

	@GetMapping("/development/competencies")
	String framework(Model model) {
		model.addAttribute("framework", this.competencies.framework());
		if (!model.containsAttribute("competencyForm")) {
			model.addAttribute("competencyForm", new CompetencyForm());
		}
		return "development/competencies";
	}

	@PostMapping("/development/competencies")
	String add(@ModelAttribute("competencyForm") CompetencyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			CompetencySummary added = this.competencies.add(form.draft());
			redirect.addFlashAttribute("added", added.name());
			return "redirect:/development/competencies#competency-" + added.key();
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex, CompetencyForm.FIELDS);
			model.addAttribute("adding", true);
			return framework(model);
		}
	}

	@GetMapping("/development/competencies/{key}")
	String competency(@PathVariable String key, Model model) {
		CompetencySummary competency = this.competencies.competency(key);
		model.addAttribute("competency", competency);
		if (!model.containsAttribute("competencyForm")) {
			model.addAttribute("competencyForm", CompetencyForm.of(competency));
		}
		return "development/competency";
	}

	@PostMapping("/development/competencies/{key}")
	String change(@PathVariable String key, @ModelAttribute("competencyForm") CompetencyForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		try {
			CompetencySummary changed = this.competencies.change(key, form.draft(), form.getVersion());
			redirect.addFlashAttribute("changed", changed.name());
			return "redirect:/development/competencies#competency-" + key;
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex, CompetencyForm.FIELDS);
		}
		catch (OptimisticLockingFailureException ex) {
			CompetencySummary now = this.competencies.competency(key);
			FormErrors.rejectStale(result, CompetencyForm.of(now), Map.of());
			form.setVersion(now.version());
		}
		return competency(key, model);
	}

	@PostMapping("/development/competencies/{key}/active")
	String activate(@PathVariable String key, @RequestParam(defaultValue = "false") boolean active,
			RedirectAttributes redirect) {
		CompetencySummary competency = this.competencies.activate(key, active);
		redirect.addFlashAttribute(active ? "restored" : "retired", competency.name());
		return "redirect:/development/competencies#competency-" + key;
	}

	@GetMapping("/development/competencies.csv")
	void export(HttpServletResponse response) throws IOException {
		CompetencyCsv.write(response, this.competencies.framework(), LocalDate.now(this.clock));
	}

	@PostMapping("/development/competencies/imports")
	String importCsv(@RequestParam(required = false) MultipartFile file, HttpServletRequest request, Model model)
			throws IOException {
		try {
			model.addAttribute("imported", this.competencies.importCsv((file != null) ? file.getBytes() : new byte[0]));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("importError", FormErrors.text(request, ex));
		}
		model.addAttribute("importing", true);
		return framework(model);
	}

}
