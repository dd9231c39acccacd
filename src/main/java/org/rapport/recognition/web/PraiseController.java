package org.rapport.recognition.web;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.rapport.recognition.PartnerPraise;
import org.rapport.recognition.PraiseDraft;
import org.rapport.recognition.PraiseLink;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.NotFoundException;
import org.rapport.shared.StateConflictException;
import org.rapport.shared.web.FormErrors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A partner's praise page, reached without an account through the link of a survey:
 * opening it changes nothing; sending its form records the praise once.
 */
@Controller
class PraiseController {

	private final PartnerPraise praise;

	PraiseController(PartnerPraise praise) {
		this.praise = praise;
	}

	@GetMapping("/praise/{token}")
	String link(@PathVariable String token, @ModelAttribute("form") PraiseForm form, Model model,
			HttpServletResponse response) {
		Optional<PraiseLink> link = this.praise.link(token);
		if (link.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "recognition/praise-unknown";
		}
		model.addAttribute("link", link.get());
		model.addAttribute("token", token);
		return "recognition/praise";
	}

	@PostMapping("/praise/{token}")
	String send(@PathVariable String token, @ModelAttribute("form") PraiseForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		try {
			this.praise.praise(token, new PraiseDraft(form.getRecipient(), form.getValues(), form.getMessage(),
					form.isSigned(), form.getNominate()));
			return "redirect:/praise/" + token;
		}
		catch (NotFoundException ex) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "recognition/praise-unknown";
		}
		catch (StateConflictException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			result.reject(ex.getCode(), ex.getArguments(), null);
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex, Map.of());
		}
		return link(token, form, model, response);
	}

}
