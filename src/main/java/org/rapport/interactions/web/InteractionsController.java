package org.rapport.interactions.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.rapport.accounts.RapportUser;
import org.rapport.interactions.InteractionDraft;
import org.rapport.interactions.InteractionManagement;
import org.rapport.interactions.InteractionType;
import org.rapport.relationships.RelationshipDetails;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.shared.InvalidInputException;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A relationship's timeline and the form that logs a touchpoint on it.
 */
@Controller
class InteractionsController {

	private final InteractionManagement interactions;

	private final RelationshipManagement relationships;

	private final Clock clock;

	InteractionsController(InteractionManagement interactions, RelationshipManagement relationships, Clock clock) {
		this.interactions = interactions;
		this.relationships = relationships;
		this.clock = clock;
	}

	@GetMapping("/relationships/{id}/interactions")
	String page(@PathVariable long id, @RequestParam(required = false) String after, Model model) {
		timeline(id, after, model);
		return "interactions/timeline";
	}

	@HxRequest
	@GetMapping("/relationships/{id}/interactions")
	String fragment(@PathVariable long id, @RequestParam(required = false) String after, Model model) {
		timeline(id, after, model);
		return "interactions/timeline :: timeline";
	}

	@PostMapping("/relationships/{id}/interactions")
	String log(@PathVariable long id, @RequestParam(required = false) InteractionType type,
			@RequestParam(required = false) LocalDate occurredOn, @RequestParam(required = false) String summary,
			@RequestParam(required = false) Integer sentiment,
			@RequestParam(name = "stakeholderIds", required = false) List<Long> stakeholderIds,
			@AuthenticationPrincipal RapportUser user, Model model, RedirectAttributes redirect) {
		List<Long> participants = new ArrayList<>();
		if (user != null && user.getPersonId() != null && involves(id, user.getPersonId())) {
			participants.add(user.getPersonId());
		}
		try {
			this.interactions.log(id,
					new InteractionDraft(type, occurredOn, summary, sentiment, participants, stakeholderIds));
			redirect.addFlashAttribute("logged", true);
			return "redirect:/relationships/" + id;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("error", ex);
			model.addAttribute("draftType", type);
			model.addAttribute("draftOccurredOn", occurredOn);
			model.addAttribute("draftSummary", summary);
			model.addAttribute("draftSentiment", sentiment);
			timeline(id, null, model);
			return "interactions/timeline";
		}
	}

	private boolean involves(long relationshipId, long personId) {
		RelationshipDetails details = this.relationships.details(relationshipId);
		return details.relationship().ownerId() == personId
				|| details.relationship().participantIds().contains(personId);
	}

	private void timeline(long id, String after, Model model) {
		RelationshipDetails details = this.relationships.details(id);
		model.addAttribute("details", details);
		model.addAttribute("relationship", details.relationship());
		model.addAttribute("page", this.interactions.timeline(id, after, 20));
		model.addAttribute("firstPage", after == null || after.isBlank());
		model.addAttribute("types", InteractionType.values());
		model.addAttribute("today", LocalDate.now(this.clock));
	}

}
