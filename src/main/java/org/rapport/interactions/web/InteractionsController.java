package org.rapport.interactions.web;

import java.time.Clock;
import java.time.LocalDate;

import org.rapport.interactions.InteractionManagement;
import org.rapport.interactions.InteractionType;
import org.rapport.relationships.RelationshipDetails;
import org.rapport.relationships.RelationshipManagement;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A relationship's timeline; touchpoints are logged with the commitments made in them, by
 * the commitments module.
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
