package org.rapport.recognition.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import org.rapport.accounts.RapportUser;
import org.rapport.directory.DirectoryManagement;
import org.rapport.recognition.NominationDecision;
import org.rapport.recognition.NominationDraft;
import org.rapport.recognition.NominationState;
import org.rapport.recognition.NominationSummary;
import org.rapport.recognition.Nominations;
import org.rapport.recognition.ScorecardScope;
import org.rapport.recognition.Scorecards;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.RoleGroups;
import org.rapport.shared.StaleVersionException;
import org.rapport.shared.StateConflictException;
import org.rapport.shared.web.FormErrors;

import org.springframework.context.MessageSource;
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
 * Awards on pages: those given this quarter, the form that nominates a colleague, and for
 * the head of relationship management the nominations to decide, each with the nominee's
 * scorecard as evidence.
 */
@Controller
class NominationController {

	private final Nominations nominations;

	private final Scorecards scorecards;

	private final DirectoryManagement directory;

	private final MessageSource messages;

	private final RoleGroups roleGroups;

	NominationController(Nominations nominations, Scorecards scorecards, DirectoryManagement directory,
			MessageSource messages, RoleGroups roleGroups) {
		this.roleGroups = roleGroups;
		this.nominations = nominations;
		this.scorecards = scorecards;
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping("/recognition/awards")
	String awards(@ModelAttribute("nominationForm") NominationForm form, @RequestParam(required = false) String period,
			@AuthenticationPrincipal RapportUser user, Locale locale, Model model) {
		String quarter = this.scorecards.period(period).toString();
		List<NominationSummary> all = this.nominations.nominations(quarter, null, null, 200).items();
		model.addAttribute("period", quarter);
		model.addAttribute("previous", this.scorecards.period(quarter).previous().toString());
		model.addAttribute("awards", this.nominations.awards());
		model.addAttribute("given", all.stream().filter((n) -> n.state() == NominationState.APPROVED).toList());
		model.addAttribute("mine",
				all.stream()
					.filter((n) -> user.getPersonId() != null && user.getPersonId().equals(n.nominatedById()))
					.toList());
		List<NominationSummary> waiting = this.roleGroups.steersPortfolio()
				? all.stream().filter((n) -> n.state() == NominationState.SUBMITTED).toList() : List.of();
		model.addAttribute("waiting", waiting);
		model.addAttribute("evidence", waiting.stream()
			.collect(java.util.stream.Collectors.toMap(NominationSummary::id,
					(n) -> this.scorecards.scorecard(n.period(), ScorecardScope.PERSON, n.nomineeId(), locale))));
		model.addAttribute("canNominate", user.getPersonId() != null && this.directory.person(user.getPersonId()).inIt()
				&& quarter.equals(this.scorecards.currentPeriod().toString()));
		return "recognition/awards";
	}

	@PostMapping("/recognition/nominations")
	String nominate(@Valid @ModelAttribute("nominationForm") NominationForm form, BindingResult result,
			@AuthenticationPrincipal RapportUser user, Locale locale, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				long nominee = this.directory.personByReference("nomineeId", form.getNomineeRef());
				NominationSummary nominated = this.nominations
					.nominate(new NominationDraft(form.getAwardKey(), nominee, form.getReason()));
				redirect.addFlashAttribute("nominated", nominated.nomineeName());
				return "redirect:/recognition/awards";
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex, Map.of("nomineeId", "nomineeRef"));
			}
			catch (StateConflictException ex) {
				result.reject(ex.getCode(), ex.getArguments(), null);
			}
		}
		return awards(form, null, user, locale, model);
	}

	@PostMapping("/recognition/nominations/{id}/decision")
	String decide(@PathVariable long id, @RequestParam(required = false) NominationState decision,
			@RequestParam(required = false) String note, @RequestParam(required = false) Long version, Locale locale,
			RedirectAttributes redirect) {
		try {
			NominationSummary decided = this.nominations.decide(id, new NominationDecision(decision, note, version));
			redirect.addFlashAttribute("decided", decided.nomineeName());
			redirect.addFlashAttribute("approved", (decided.state() == NominationState.APPROVED) ? 1 : 0);
		}
		catch (InvalidInputException | StateConflictException ex) {
			redirect.addFlashAttribute("decisionError", this.messages.getMessage(ex, locale));
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("decisionError", this.messages.getMessage("error.stale", null, locale));
		}
		return "redirect:/recognition/awards";
	}

}
