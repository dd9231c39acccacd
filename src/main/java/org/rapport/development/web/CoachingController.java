package org.rapport.development.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.rapport.development.Coaching;
import org.rapport.development.CoachingEnding;
import org.rapport.development.CoachingSummary;
import org.rapport.development.CoachingView;
import org.rapport.development.Competencies;
import org.rapport.development.CompetencySummary;
import org.rapport.directory.DirectoryManagement;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.StateConflictException;
import org.rapport.shared.web.FormErrors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Coaching on pages: the caller's engagements, as coach, coachee or manager, all of them
 * for those who steer with the set-up form; and an engagement's page, where coach and
 * coachee log sessions and end it. Notes show only on the coach's and coachee's pages.
 */
@Controller
class CoachingController {

	private final Coaching coaching;

	private final Competencies competencies;

	private final DirectoryManagement directory;

	private final Clock clock;

	CoachingController(Coaching coaching, Competencies competencies, DirectoryManagement directory, Clock clock) {
		this.coaching = coaching;
		this.competencies = competencies;
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping("/development/coaching")
	String overview(Model model) {
		List<CoachingSummary> engagements = this.coaching.engagements();
		model.addAttribute("mine", engagements.stream().filter((e) -> e.view() == CoachingView.PARTY).toList());
		model.addAttribute("others", engagements.stream().filter((e) -> e.view() != CoachingView.PARTY).toList());
		boolean maySetUp = this.coaching.maySetUp();
		model.addAttribute("maySetUp", maySetUp);
		if (maySetUp) {
			model.addAttribute("framework",
					this.competencies.framework().stream().filter(CompetencySummary::active).toList());
		}
		if (!model.containsAttribute("coachingForm")) {
			CoachingForm form = new CoachingForm();
			form.setStartedOn(LocalDate.now(this.clock));
			model.addAttribute("coachingForm", form);
		}
		model.addAttribute("today", LocalDate.now(this.clock));
		return "development/coaching";
	}

	@PostMapping("/development/coaching")
	String setUp(@ModelAttribute("coachingForm") CoachingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Long coach = (form.getCoachRef() == null || form.getCoachRef().isBlank()) ? null
						: this.directory.personByReference("coachId", form.getCoachRef());
				Long coachee = (form.getCoacheeRef() == null || form.getCoacheeRef().isBlank()) ? null
						: this.directory.personByReference("coacheeId", form.getCoacheeRef());
				CoachingSummary created = this.coaching.setUp(form.draft(coach, coachee));
				redirect.addFlashAttribute("setUp", created.coacheeName());
				return "redirect:/development/coaching/" + created.id();
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex, CoachingForm.FIELDS);
			}
		}
		model.addAttribute("settingUp", true);
		return overview(model);
	}

	@GetMapping("/development/coaching/{id}")
	String engagement(@PathVariable long id, Model model) {
		CoachingSummary engagement = this.coaching.engagement(id);
		model.addAttribute("engagement", engagement);
		model.addAttribute("today", LocalDate.now(this.clock));
		if (!model.containsAttribute("sessionForm")) {
			model.addAttribute("sessionForm", SessionForm.heldOn(LocalDate.now(this.clock)));
		}
		if (!model.containsAttribute("closureForm")) {
			ClosureForm closureForm = new ClosureForm();
			closureForm.setVersion(engagement.version());
			model.addAttribute("closureForm", closureForm);
		}
		return "development/coaching-engagement";
	}

	@PostMapping("/development/coaching/{id}/sessions")
	String logSession(@PathVariable long id, @ModelAttribute("sessionForm") SessionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (SessionForm.logged(result, () -> this.coaching.logSession(id, form.coachingDraft()))) {
			redirect.addFlashAttribute("logged", true);
			return "redirect:/development/coaching/" + id;
		}
		return engagement(id, model);
	}

	@PostMapping("/development/coaching/{id}/outcome")
	String end(@PathVariable long id, @ModelAttribute("closureForm") ClosureForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		try {
			this.coaching.end(id, new CoachingEnding(form.getOutcome(), form.getVersion()));
			redirect.addFlashAttribute("ended", true);
			return "redirect:/development/coaching/" + id;
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex, Map.of());
		}
		catch (StateConflictException ex) {
			result.reject(ex.getCode(), ex.getArguments(), null);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("development.coaching.stale");
			form.setVersion(this.coaching.engagement(id).version());
		}
		model.addAttribute("ending", true);
		return engagement(id, model);
	}

}
