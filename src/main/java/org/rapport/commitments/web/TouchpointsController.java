package org.rapport.commitments.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.rapport.accounts.RapportUser;
import org.rapport.commitments.CommitmentManagement;
import org.rapport.commitments.Touchpoint;
import org.rapport.directory.DirectoryManagement;
import org.rapport.interactions.InteractionType;
import org.rapport.relationships.RelationshipDetails;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.shared.InvalidInputException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Logging a touchpoint with the commitments made in it, from a relationship's page or
 * from anywhere through the global action, which lets the user choose among their
 * relationships.
 */
@Controller
class TouchpointsController {

	private final CommitmentManagement commitments;

	private final RelationshipManagement relationships;

	private final DirectoryManagement directory;

	private final Clock clock;

	TouchpointsController(CommitmentManagement commitments, RelationshipManagement relationships,
			DirectoryManagement directory, Clock clock) {
		this.commitments = commitments;
		this.relationships = relationships;
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping("/touchpoints/new")
	String form(@RequestParam(required = false) Long relationship, Model model) {
		return page(TouchpointForm.empty(relationship), null, model);
	}

	@PostMapping("/touchpoints/new")
	String logAnywhere(TouchpointForm form, @AuthenticationPrincipal RapportUser user, Model model,
			RedirectAttributes redirect) {
		if (form.relationshipId() == null) {
			return page(form, new InvalidInputException("relationshipId", "commitments.choose-relationship"), model);
		}
		return log(form.relationshipId(), form, user, model, redirect);
	}

	@PostMapping("/relationships/{id}/touchpoints")
	String log(@PathVariable long id, TouchpointForm form, @AuthenticationPrincipal RapportUser user, Model model,
			RedirectAttributes redirect) {
		RelationshipDetails details = this.relationships.details(id);
		List<Long> participants = new ArrayList<>();
		Long me = (user != null) ? user.getPersonId() : null;
		if (me != null
				&& (details.relationship().ownerId() == me || details.relationship().participantIds().contains(me))) {
			participants.add(me);
		}
		try {
			this.directory.peopleByReferences("participantIds", form.participantRefs())
				.stream()
				.filter((person) -> !participants.contains(person))
				.forEach(participants::add);
			Touchpoint logged = this.commitments.logTouchpoint(id, form.interaction(participants),
					form.promises((ref) -> owner(ref, me)));
			redirect.addFlashAttribute("logged", true);
			redirect.addFlashAttribute("promised", logged.commitments().size());
			return "redirect:/relationships/" + id + "?section=timeline";
		}
		catch (InvalidInputException ex) {
			return page(form.on(id), ex, model);
		}
	}

	private String page(TouchpointForm form, InvalidInputException error, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("error", error);
		model.addAttribute("choices", this.relationships.mine());
		model.addAttribute("types", InteractionType.values());
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("rows", form.rows());
		if (form.relationshipId() != null) {
			RelationshipDetails details = this.relationships.details(form.relationshipId());
			// A relationship that has ended takes no touchpoints: its page says so.
			this.relationships.requireActive(form.relationshipId());
			model.addAttribute("details", details);
			model.addAttribute("relationship", details.relationship());
		}
		return "commitments/touchpoint";
	}

	private Long owner(String reference, Long me) {
		if (reference == null || reference.isBlank()) {
			if (me == null) {
				throw new InvalidInputException("ownerId", "commitments.name-who-keeps-promise");
			}
			return me;
		}
		return this.directory.personByReference("ownerId", reference);
	}

}
