package org.rapport.recognition.web;

import java.util.List;
import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.validation.Valid;
import org.rapport.accounts.RapportUser;
import org.rapport.directory.DirectoryManagement;
import org.rapport.recognition.KudosDraft;
import org.rapport.recognition.KudosState;
import org.rapport.recognition.KudosSummary;
import org.rapport.recognition.RecognitionManagement;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.RoleGroups;
import org.rapport.shared.StateConflictException;
import org.rapport.shared.web.FormErrors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
 * Recognition on pages: the kudos feed with the form that thanks a colleague, and the
 * kudos a person received on their page.
 */
@Controller
class RecognitionController {

	/** How many kudos a person's page shows. */
	private static final int ON_PERSON_PAGE = 10;

	private final RecognitionManagement recognition;

	private final DirectoryManagement directory;

	private final RoleGroups roleGroups;

	RecognitionController(RecognitionManagement recognition, DirectoryManagement directory, RoleGroups roleGroups) {
		this.recognition = recognition;
		this.directory = directory;
		this.roleGroups = roleGroups;
	}

	@GetMapping("/recognition")
	String feed(@ModelAttribute("kudosForm") KudosForm form, @RequestParam(required = false) String after,
			@AuthenticationPrincipal RapportUser user, Model model) {
		model.addAttribute("page", this.recognition.feed(null, after, null));
		model.addAttribute("values", this.recognition.values());
		model.addAttribute("allowance", this.recognition.allowance());
		model.addAttribute("canGive", user.getPersonId() != null && this.directory.person(user.getPersonId()).inIt());
		model.addAttribute("toApprove", this.roleGroups.steersPortfolio() ? this.recognition.pending() : List.of());
		return "recognition/feed";
	}

	@HxRequest
	@GetMapping("/recognition")
	String more(@RequestParam(required = false) String after, Model model) {
		model.addAttribute("page", this.recognition.feed(null, after, null));
		return "recognition/feed :: kudos-list";
	}

	@PostMapping("/recognition/kudos")
	String give(@Valid @ModelAttribute("kudosForm") KudosForm form, BindingResult result,
			@AuthenticationPrincipal RapportUser user, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				long recipient = this.directory.personByReference("recipientId", form.getRecipientRef());
				KudosSummary given = this.recognition
					.give(new KudosDraft(recipient, form.getValues(), form.getMessage(), form.getPoints()));
				redirect.addFlashAttribute((given.state() == KudosState.PENDING) ? "pending" : "thanked",
						given.recipientName());
				redirect.addFlashAttribute("points", given.points());
				return "redirect:/recognition";
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex, Map.of("recipientId", "recipientRef"));
			}
			catch (StateConflictException ex) {
				result.reject(ex.getCode(), ex.getArguments(), null);
			}
		}
		return feed(form, null, user, model);
	}

	@PostMapping("/recognition/kudos/{id}/decision")
	String decide(@PathVariable long id, @RequestParam(defaultValue = "false") boolean approve,
			RedirectAttributes redirect) {
		try {
			KudosSummary decided = this.recognition.decide(id, approve);
			redirect.addFlashAttribute("decided", decided.recipientName());
			redirect.addFlashAttribute("approved", approve ? 1 : 0);
		}
		catch (StateConflictException ex) {
			redirect.addFlashAttribute("decidedAlready", true);
		}
		return "redirect:/recognition";
	}

	@GetMapping("/recognition/people/{id}")
	String received(@PathVariable long id, Model model) {
		model.addAttribute("person", this.directory.person(id));
		model.addAttribute("received", this.recognition.feed(id, null, ON_PERSON_PAGE));
		return "recognition/feed :: person-kudos";
	}

}
