package org.rapport.surveys.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.StateConflictException;
import org.rapport.shared.web.FormErrors;
import org.rapport.surveys.QuestionKind;
import org.rapport.surveys.SurveyManagement;
import org.rapport.surveys.SurveyTemplateSummary;

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
 * A template's page: its questions, a copy to make of it, and for an organisation's copy
 * the form that changes it.
 */
@Controller
class TemplateController {

	private final SurveyManagement surveys;

	TemplateController(SurveyManagement surveys) {
		this.surveys = surveys;
	}

	@GetMapping("/surveys/templates/{key}")
	String template(@PathVariable String key, Model model) {
		SurveyTemplateSummary template = this.surveys.template(key);
		if (!model.containsAttribute("templateForm")) {
			model.addAttribute("templateForm", TemplateForm.of(template));
		}
		model.addAttribute("template", template);
		model.addAttribute("newKinds", List.of(QuestionKind.RATING, QuestionKind.TEXT));
		model.addAttribute("scales", List.of(5, 7, 9, 10));
		model.addAttribute("figureKeys",
				template.questions()
					.stream()
					.filter(SurveyManagement::carriesFigures)
					.map((question) -> question.key())
					.toList());
		return "surveys/template";
	}

	@PostMapping("/surveys/templates/{key}/copy")
	String copy(@PathVariable String key, @RequestParam(required = false) String name, HttpServletRequest request,
			RedirectAttributes redirect) {
		try {
			SurveyTemplateSummary copy = this.surveys.copyTemplate(key, name);
			redirect.addFlashAttribute("copied", copy.name());
			return "redirect:/surveys/templates/" + copy.key();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("copyRefused", FormErrors.text(request, ex));
			return "redirect:/surveys/templates/" + key;
		}
	}

	@PostMapping("/surveys/templates/{key}")
	String change(@PathVariable String key, @ModelAttribute("templateForm") TemplateForm form, BindingResult result,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		Map<String, String> fields = new HashMap<>();
		try {
			this.surveys.changeTemplate(key, form.toChange(fields), form.getVersion());
			redirect.addFlashAttribute("saved", true);
			return "redirect:/surveys/templates/" + key;
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex, fields);
		}
		catch (StateConflictException ex) {
			result.reject(ex.getCode(), ex.getArguments(), null);
		}
		return template(key, model);
	}

}
