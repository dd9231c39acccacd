package org.rapport.development.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.rapport.development.FeedbackInvitation;
import org.rapport.development.FeedbackLinkException;
import org.rapport.development.FeedbackRounds;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.web.FormErrors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rater's page behind a 360 link. No account is needed. GET shows the competencies to
 * rate and changes nothing, as mail scanners open links; only POST records the answers,
 * once. The token stays out of other sites' logs: the page sends no referrer and is not
 * cached.
 */
@Controller
class FeedbackLinkController {

	private final FeedbackRounds rounds;

	FeedbackLinkController(FeedbackRounds rounds) {
		this.rounds = rounds;
	}

	@GetMapping("/f/{token}")
	String feedback(@PathVariable String token, Model model, HttpServletResponse response) {
		keepPrivate(response);
		try {
			model.addAttribute("invitation", this.rounds.invitation(token));
		}
		catch (FeedbackLinkException ex) {
			return unavailable(ex, model, response);
		}
		model.addAttribute("form", new FeedbackForm());
		model.addAttribute("token", token);
		return "development/give-feedback";
	}

	@PostMapping("/f/{token}")
	String answer(@PathVariable String token, @ModelAttribute("form") FeedbackForm form, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		keepPrivate(response);
		try {
			this.rounds.answer(token, form.answers());
			redirect.addFlashAttribute("thanks", true);
			return "redirect:/f/" + token;
		}
		catch (FeedbackLinkException ex) {
			return unavailable(ex, model, response);
		}
		catch (InvalidInputException ex) {
			FeedbackInvitation invitation = this.rounds.invitation(token);
			model.addAttribute("invitation", invitation);
			model.addAttribute("token", token);
			String key = (ex.getField() != null) ? ex.getField().replaceAll("^\\w+\\[|\\]$", "") : "";
			model.addAttribute("errors", Map.of(key, FormErrors.text(request, ex)));
			return "development/give-feedback";
		}
	}

	private static String unavailable(FeedbackLinkException ex, Model model, HttpServletResponse response) {
		if (ex.getReason() == FeedbackLinkException.Reason.UNKNOWN) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
		}
		model.addAttribute("reason", ex.getReason().name());
		return "development/feedback-link";
	}

	private static void keepPrivate(HttpServletResponse response) {
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("Cache-Control", "no-store");
	}

}
