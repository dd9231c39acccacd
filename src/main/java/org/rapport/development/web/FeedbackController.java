package org.rapport.development.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.rapport.accounts.RapportUser;
import org.rapport.development.Competencies;
import org.rapport.development.CompetencySummary;
import org.rapport.development.FeedbackRoundDraft;
import org.rapport.development.FeedbackRoundState;
import org.rapport.development.FeedbackRoundSummary;
import org.rapport.development.FeedbackRounds;
import org.rapport.development.RaterDraft;
import org.rapport.development.RaterGroup;
import org.rapport.development.RaterSummary;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 360 pages of the person and their manager: the rounds, one round with its raters,
 * and its report. Starting, nominating, sending for approval, approving and closing are
 * forms; a refused form keeps what was typed, its error beside the field.
 */
@Controller
class FeedbackController {

	private final FeedbackRounds rounds;

	private final Competencies competencies;

	private final DirectoryManagement directory;

	private final Clock clock;

	FeedbackController(FeedbackRounds rounds, Competencies competencies, DirectoryManagement directory, Clock clock) {
		this.rounds = rounds;
		this.competencies = competencies;
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping("/development/feedback")
	String rounds(Model model) {
		Long me = RapportUser.currentPersonId();
		List<FeedbackRoundSummary> all = this.rounds.rounds();
		model.addAttribute("mine",
				all.stream().filter((round) -> round.subjectId() == (me != null ? me : -1)).toList());
		model.addAttribute("managed",
				all.stream().filter((round) -> round.subjectId() != (me != null ? me : -1)).toList());
		model.addAttribute("hasPerson", me != null);
		model.addAttribute("offered",
				this.competencies.framework().stream().filter(CompetencySummary::active).toList());
		if (!model.containsAttribute("roundForm")) {
			RoundForm form = new RoundForm();
			form.setClosesOn(LocalDate.now(this.clock).plusDays(14));
			model.addAttribute("roundForm", form);
		}
		return "development/feedback";
	}

	@PostMapping("/development/feedback")
	String start(@ModelAttribute("roundForm") RoundForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			FeedbackRoundSummary round = this.rounds
				.start(new FeedbackRoundDraft(null, form.getClosesOn(), form.getCompetencies(), List.of()));
			redirect.addFlashAttribute("started", true);
			return "redirect:/development/feedback/" + round.id();
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex, Map.of());
		}
		catch (StateConflictException ex) {
			result.reject(ex.getCode(), ex.getArguments(), null);
		}
		return rounds(model);
	}

	@GetMapping("/development/feedback/{id}")
	String round(@PathVariable long id, Model model) {
		FeedbackRoundSummary round = this.rounds.round(id);
		model.addAttribute("round", round);
		Long me = RapportUser.currentPersonId();
		model.addAttribute("isSubject", me != null && me == round.subjectId());
		model.addAttribute("isManager", me != null && me == round.managerId());
		model.addAttribute("groups", List.of(RaterGroup.PEER, RaterGroup.PARTNER, RaterGroup.REPORT));
		if (!model.containsAttribute("raterForm")) {
			model.addAttribute("raterForm", new RaterForm());
		}
		return "development/round";
	}

	@PostMapping("/development/feedback/{id}/raters")
	String nominate(@PathVariable long id, @ModelAttribute("raterForm") RaterForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		try {
			long person = this.directory.personByReference("personId", form.getPersonRef());
			FeedbackRoundSummary round = this.rounds.nominate(id, new RaterDraft(person, form.getGroup()));
			redirect.addFlashAttribute("nominated",
					round.raters()
						.stream()
						.filter((rater) -> rater.personId() == person)
						.map(RaterSummary::name)
						.findFirst()
						.orElse(form.getPersonRef()));
			return "redirect:/development/feedback/" + id + "#raters";
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex, Map.of("personId", "personRef"));
		}
		catch (StateConflictException ex) {
			result.reject(ex.getCode(), ex.getArguments(), null);
		}
		return round(id, model);
	}

	@PostMapping("/development/feedback/{id}/raters/{rater}/removal")
	String remove(@PathVariable long id, @PathVariable long rater, HttpServletRequest request,
			RedirectAttributes redirect) {
		try {
			this.rounds.remove(id, rater);
			redirect.addFlashAttribute("removed", true);
		}
		catch (StateConflictException ex) {
			redirect.addFlashAttribute("roundError", FormErrors.text(request, ex));
		}
		return "redirect:/development/feedback/" + id + "#raters";
	}

	@PostMapping("/development/feedback/{id}/submission")
	String submit(@PathVariable long id, @RequestParam(required = false) Long version, HttpServletRequest request,
			RedirectAttributes redirect) {
		return act(id, request, redirect, "submitted", () -> this.rounds.submit(id, version));
	}

	@PostMapping("/development/feedback/{id}/approval")
	String approve(@PathVariable long id, @RequestParam(required = false) Long version, HttpServletRequest request,
			RedirectAttributes redirect) {
		return act(id, request, redirect, "approved", () -> this.rounds.approve(id, version));
	}

	@PostMapping("/development/feedback/{id}/closure")
	String close(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
		return act(id, request, redirect, "closed", () -> this.rounds.close(id));
	}

	@GetMapping("/development/feedback/{id}/report")
	String report(@PathVariable long id, Model model, RedirectAttributes redirect) {
		FeedbackRoundSummary round = this.rounds.round(id);
		if (round.state() != FeedbackRoundState.CLOSED) {
			redirect.addFlashAttribute("notYet", true);
			return "redirect:/development/feedback/" + id;
		}
		model.addAttribute("round", round);
		model.addAttribute("report", this.rounds.report(id));
		return "development/report";
	}

	private String act(long id, HttpServletRequest request, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute(done, true);
		}
		catch (StateConflictException ex) {
			redirect.addFlashAttribute("roundError", FormErrors.text(request, ex));
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("roundStale", true);
		}
		return "redirect:/development/feedback/" + id;
	}

}
