package org.rapport.commitments.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.rapport.accounts.RapportUser;
import org.rapport.commitments.CommitmentAmendment;
import org.rapport.commitments.CommitmentDraft;
import org.rapport.commitments.CommitmentManagement;
import org.rapport.commitments.CommitmentSummary;
import org.rapport.commitments.Transition;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.PersonSummary;
import org.rapport.relationships.RelationshipDetails;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.StateConflictException;
import org.rapport.shared.web.FormErrors;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRedirectView;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A relationship's commitments with its reliability, the forms that record, correct and
 * move them, and each person's own pending commitments.
 */
@Controller
class CommitmentsController {

	private final CommitmentManagement commitments;

	private final RelationshipManagement relationships;

	private final DirectoryManagement directory;

	private final Clock clock;

	CommitmentsController(CommitmentManagement commitments, RelationshipManagement relationships,
			DirectoryManagement directory, Clock clock) {
		this.commitments = commitments;
		this.relationships = relationships;
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping("/relationships/{id}/commitments")
	String page(@PathVariable long id, Model model) {
		list(id, model);
		return "commitments/commitments";
	}

	@HxRequest
	@GetMapping("/relationships/{id}/commitments")
	String fragment(@PathVariable long id, Model model) {
		list(id, model);
		return "commitments/commitments :: commitments";
	}

	@PostMapping("/relationships/{id}/commitments")
	ModelAndView make(@PathVariable long id, @Valid @ModelAttribute("form") CommitmentForm form, BindingResult result,
			HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				long ownerId = this.directory.personByReference("ownerId", form.getOwnerRef());
				this.commitments.make(id, new CommitmentDraft(form.getDescription(), ownerId, form.getDueOn(), null));
				redirect.addFlashAttribute("committed", true);
				return redirect(htmx, id);
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex, Map.of("ownerId", "ownerRef"));
			}
		}
		model.addAttribute("openPanel", "commitment-form");
		return again(id, model, htmx);
	}

	@PostMapping("/commitments/{id}/transitions")
	ModelAndView transition(@PathVariable long id, @Valid @ModelAttribute("transition") TransitionForm form,
			BindingResult result, @RequestParam long relationshipId, HtmxRequest htmx, Model model,
			RedirectAttributes redirect) {
		form.setCommitmentId(id);
		if (!result.hasErrors()) {
			try {
				CommitmentSummary moved = this.commitments.transition(id,
						new Transition(form.getTo(), form.getDueOn(), form.getVersion()));
				redirect.addFlashAttribute("moved", moved.state());
				return redirect(htmx, moved.relationshipId());
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex, Map.of());
			}
			catch (StateConflictException ex) {
				// Someone else ended the commitment first; the list shown next says how.
				redirect.addFlashAttribute("commitmentConflict", true);
				return redirect(htmx, relationshipId);
			}
			catch (OptimisticLockingFailureException ex) {
				// The list shown next holds the commitment as the other person left it.
				redirect.addFlashAttribute("commitmentStale", true);
				return redirect(htmx, relationshipId);
			}
		}
		return again(relationshipId, model, htmx);
	}

	/**
	 * The commitments with the form that corrects one of them open below the list, while
	 * it is pending; the list alone for htmx.
	 */
	@GetMapping("/commitments/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		editing(id, model);
		return "commitments/commitments";
	}

	@HxRequest
	@GetMapping("/commitments/{id}/edit")
	String editFragment(@PathVariable long id, Model model) {
		editing(id, model);
		return "commitments/commitments :: commitments";
	}

	private void editing(long id, Model model) {
		CommitmentSummary commitment = this.commitments.commitment(id);
		if (commitment.state().pending()) {
			model.addAttribute("amendment", AmendmentForm.of(commitment, this.directory.person(commitment.ownerId())));
		}
		list(commitment.relationshipId(), model);
	}

	@PostMapping("/commitments/{id}/edit")
	ModelAndView amend(@PathVariable long id, @Valid @ModelAttribute("amendment") AmendmentForm form,
			BindingResult result, HtmxRequest htmx, Model model, RedirectAttributes redirect) {
		form.setCommitmentId(id);
		long relationshipId = this.commitments.commitment(id).relationshipId();
		if (!result.hasErrors()) {
			try {
				long ownerId = this.directory.personByReference("ownerId", form.getOwnerRef());
				this.commitments.amend(id, new CommitmentAmendment(form.getDescription(), ownerId, form.getVersion()));
				redirect.addFlashAttribute("amended", true);
				return redirect(htmx, relationshipId);
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex, Map.of("ownerId", "ownerRef"));
			}
			catch (StateConflictException ex) {
				redirect.addFlashAttribute("commitmentConflict", true);
				return redirect(htmx, relationshipId);
			}
			catch (OptimisticLockingFailureException ex) {
				CommitmentSummary now = this.commitments.commitment(id);
				if (!now.state().pending()) {
					// Closed meanwhile: there is nothing left to correct.
					redirect.addFlashAttribute("commitmentConflict", true);
					return redirect(htmx, relationshipId);
				}
				PersonSummary owner = this.directory.person(now.ownerId());
				FormErrors.rejectStale(result, AmendmentForm.of(now, owner), Map.of("ownerRef", owner.name()));
			}
		}
		return again(relationshipId, model, htmx);
	}

	/**
	 * After a change: the commitments on the relationship's page, through htmx's own
	 * redirect when htmx posted the form.
	 */
	private static ModelAndView redirect(HtmxRequest htmx, long relationshipId) {
		String path = "/relationships/" + relationshipId + "?section=commitments";
		return htmx.isHtmxRequest() ? new ModelAndView(new HtmxRedirectView(path, true))
				: new ModelAndView("redirect:" + path);
	}

	/**
	 * A form refused: the commitments again, with what was typed and the errors beside
	 * their fields; for htmx only the list that holds the forms.
	 */
	private ModelAndView again(long relationshipId, Model model, HtmxRequest htmx) {
		list(relationshipId, model);
		return new ModelAndView(
				htmx.isHtmxRequest() ? "commitments/commitments :: commitments" : "commitments/commitments");
	}

	@GetMapping("/commitments")
	String mine(@AuthenticationPrincipal RapportUser user, Model model) {
		model.addAttribute("commitments", (user != null && user.getPersonId() != null)
				? this.commitments.pendingOf(user.getPersonId()) : List.of());
		return "commitments/mine";
	}

	private void list(long id, Model model) {
		RelationshipDetails details = this.relationships.details(id);
		model.addAttribute("details", details);
		model.addAttribute("relationship", details.relationship());
		model.addAttribute("commitments", this.commitments.commitments(id));
		model.addAttribute("reliability", this.commitments.reliability(id));
		model.addAttribute("today", LocalDate.now(this.clock));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new CommitmentForm());
		}
	}

}
