package org.rapport.interactions.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.rapport.directory.DirectoryManagement;
import org.rapport.interactions.InteractionManagement;
import org.rapport.interactions.InteractionSummary;
import org.rapport.interactions.InteractionType;
import org.rapport.relationships.RelationshipDetails;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.NotFoundException;
import org.rapport.shared.web.FormErrors;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
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
 * A relationship's timeline, and the correction and deletion of its touchpoints by
 * whoever logged them or the relationship's owner; touchpoints are logged with the
 * commitments made in them, by the commitments module.
 */
@Controller
class InteractionsController {

	private final InteractionManagement interactions;

	private final RelationshipManagement relationships;

	private final DirectoryManagement directory;

	private final Clock clock;

	InteractionsController(InteractionManagement interactions, RelationshipManagement relationships,
			DirectoryManagement directory, Clock clock) {
		this.interactions = interactions;
		this.relationships = relationships;
		this.directory = directory;
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

	@GetMapping("/interactions/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		InteractionSummary interaction = correctable(id);
		return form(interaction, InteractionForm.of(interaction, references(interaction)), model);
	}

	@PostMapping("/interactions/{id}/edit")
	String correct(@PathVariable long id, @ModelAttribute("form") InteractionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		InteractionSummary interaction = correctable(id);
		if (!result.hasErrors()) {
			try {
				List<Long> participants = this.directory.peopleByReferences("participantIds",
						form.getParticipantRefs());
				this.interactions.correct(id, form.draft(participants), form.getVersion());
				redirect.addFlashAttribute("touchpointCorrected", true);
				return timelineOf(interaction);
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex, Map.of("participantIds", "participantRefs"));
			}
			catch (OptimisticLockingFailureException ex) {
				InteractionSummary now;
				try {
					now = this.interactions.interaction(id);
				}
				catch (NotFoundException gone) {
					redirect.addFlashAttribute("touchpointConflict", true);
					return timelineOf(interaction);
				}
				FormErrors.rejectStale(result, InteractionForm.of(now, references(now)), labels(now));
			}
		}
		return form(interaction, form, model);
	}

	/**
	 * Deletes a touchpoint after the user confirmed it in the timeline or on its form;
	 * one that someone changed meanwhile stays, and the timeline says so.
	 */
	@PostMapping("/interactions/{id}/delete")
	String delete(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
		InteractionSummary interaction = correctable(id);
		try {
			this.interactions.delete(id, version);
			redirect.addFlashAttribute("touchpointDeleted", true);
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("touchpointConflict", true);
		}
		return timelineOf(interaction);
	}

	private InteractionSummary correctable(long id) {
		InteractionSummary interaction = this.interactions.interaction(id);
		if (!interaction.correctable()) {
			throw new AccessDeniedException(
					"Only whoever logged a touchpoint and the relationship's owner correct or delete it");
		}
		return interaction;
	}

	private String form(InteractionSummary interaction, InteractionForm form, Model model) {
		RelationshipDetails details = this.relationships.details(interaction.relationshipId());
		model.addAttribute("details", details);
		model.addAttribute("relationship", details.relationship());
		model.addAttribute("interaction", interaction);
		model.addAttribute("form", form);
		model.addAttribute("types", InteractionType.values());
		model.addAttribute("today", LocalDate.now(this.clock));
		return "interactions/interaction";
	}

	/**
	 * The people in IT who took part, as the form names them.
	 */
	private String references(InteractionSummary interaction) {
		return interaction.participantIds()
			.stream()
			.map((personId) -> this.directory.person(personId).reference())
			.collect(Collectors.joining(", "));
	}

	/**
	 * How a stale form shows the stored type, sentiment and stakeholders met.
	 */
	private static Map<String, Object> labels(InteractionSummary interaction) {
		return Map.of("type", message("interaction.type." + interaction.type()), "sentiment",
				message("interaction.sentiment." + interaction.sentiment()), "stakeholderIds",
				String.join(", ", interaction.stakeholderNames()));
	}

	private static DefaultMessageSourceResolvable message(String code) {
		return new DefaultMessageSourceResolvable(new String[] { code }, code);
	}

	private static String timelineOf(InteractionSummary interaction) {
		return "redirect:/relationships/" + interaction.relationshipId() + "?section=timeline";
	}

}
