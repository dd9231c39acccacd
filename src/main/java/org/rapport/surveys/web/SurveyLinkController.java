package org.rapport.surveys.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.rapport.shared.InvalidInputException;
import org.rapport.shared.StateConflictException;
import org.rapport.shared.web.FormErrors;
import org.rapport.surveys.NpsBand;
import org.rapport.surveys.RespondentSurvey;
import org.rapport.surveys.SurveyLinkException;
import org.rapport.surveys.SurveyManagement;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The respondent's page behind an invitation link. No account is needed. GET shows the
 * survey and changes nothing, as mail scanners open links; only POST records answers. The
 * token stays out of other sites' logs: the page sends no referrer and is not cached.
 */
@Controller
class SurveyLinkController {

	private final SurveyManagement surveys;

	SurveyLinkController(SurveyManagement surveys) {
		this.surveys = surveys;
	}

	@GetMapping("/s/{token}")
	String survey(@PathVariable String token, Model model, HttpServletResponse response) {
		keepPrivate(response);
		try {
			model.addAttribute("survey", this.surveys.survey(token));
		}
		catch (SurveyLinkException ex) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "surveys/respond-unknown";
		}
		model.addAttribute("form", new ResponseForm());
		model.addAttribute("token", token);
		return "surveys/respond";
	}

	/**
	 * The reasons offered for a recommendation score, for the page to show as soon as a
	 * score is picked. Reading them changes nothing.
	 */
	@GetMapping(path = "/s/{token}", params = "part=reasons")
	String reasons(@PathVariable String token, @ModelAttribute("form") ResponseForm form, Model model,
			HttpServletResponse response) {
		keepPrivate(response);
		RespondentSurvey survey;
		try {
			survey = this.surveys.survey(token);
		}
		catch (SurveyLinkException ex) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "surveys/respond-unknown";
		}
		model.addAttribute("survey", survey);
		model.addAttribute("band", band(survey, form));
		return "surveys/respond :: reasons";
	}

	@PostMapping("/s/{token}")
	String respond(@PathVariable String token, @ModelAttribute("form") ResponseForm form, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		keepPrivate(response);
		try {
			this.surveys.respond(token, form.toAnswers());
			return "redirect:/s/" + token;
		}
		catch (SurveyLinkException ex) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "surveys/respond-unknown";
		}
		catch (StateConflictException ex) {
			// Answered already, or closed: the page says which.
			return "redirect:/s/" + token;
		}
		catch (InvalidInputException ex) {
			RespondentSurvey survey = this.surveys.survey(token);
			model.addAttribute("survey", survey);
			model.addAttribute("token", token);
			String field = (ex.getField() != null) ? ex.getField().replaceFirst("^answers\\.", "") : null;
			model.addAttribute("errors", Map.of((field != null) ? field : "", FormErrors.text(request, ex)));
			model.addAttribute("band", band(survey, form));
			return "surveys/respond";
		}
	}

	private static NpsBand band(RespondentSurvey survey, ResponseForm form) {
		return survey.template()
			.questions()
			.stream()
			.filter((question) -> question.kind() == org.rapport.surveys.QuestionKind.NPS)
			.map((question) -> form.getAnswers().get(question.key()))
			.filter((answer) -> answer != null && answer.getScore() != null && answer.getScore() >= 0
					&& answer.getScore() <= 10)
			.map((answer) -> NpsBand.of(answer.getScore()))
			.findFirst()
			.orElse(null);
	}

	private static void keepPrivate(HttpServletResponse response) {
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("Cache-Control", "no-store");
	}

}
