package org.rapport.recognition.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.rapport.accounts.RapportUser;
import org.rapport.recognition.GoalDraft;
import org.rapport.recognition.GoalMeasure;
import org.rapport.recognition.GoalSummary;
import org.rapport.recognition.Goals;
import org.rapport.recognition.Scorecard;
import org.rapport.recognition.ScorecardPeriod;
import org.rapport.recognition.ScorecardScope;
import org.rapport.recognition.Scorecards;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.StateConflictException;
import org.rapport.shared.web.CsvDownload;
import org.rapport.shared.web.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * Scorecards on pages: the caller's own by default, the teams they lead, and all of IT,
 * quarter by quarter; and a scorecard as CSV for a performance review.
 */
@Controller
class ScorecardController {

	private final Scorecards scorecards;

	private final Goals goals;

	private final MessageSource messages;

	private final Clock clock;

	ScorecardController(Scorecards scorecards, Goals goals, MessageSource messages, Clock clock) {
		this.scorecards = scorecards;
		this.goals = goals;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/scorecards")
	String scorecard(@RequestParam(required = false) String period, @RequestParam(required = false) String scope,
			@RequestParam(required = false) Long id, @ModelAttribute("goalForm") GoalForm goalForm,
			@AuthenticationPrincipal RapportUser user, Locale locale, Model model) {
		ScorecardScope whose = whose(scope, user);
		Long which = (whose == ScorecardScope.PERSON && id == null) ? user.getPersonId() : id;
		Scorecard scorecard = this.scorecards.scorecard(period, whose, which, locale);
		model.addAttribute("goals", (whose == ScorecardScope.ORGANISATION) ? List.of()
				: this.goals.goals(scorecard.period(), whose, scorecard.id()));
		model.addAttribute("measures", GoalMeasure.values());
		model.addAttribute("open",
				!this.scorecards.period(scorecard.period()).end().isBefore(LocalDate.now(this.clock)));
		ScorecardPeriod quarter = this.scorecards.period(scorecard.period());
		model.addAttribute("scorecard", scorecard);
		model.addAttribute("previous", quarter.previous().toString());
		model.addAttribute("next", quarter.equals(this.scorecards.currentPeriod()) ? null : quarter.next().toString());
		model.addAttribute("teams", this.scorecards.ledGroups());
		model.addAttribute("hasPerson", user.getPersonId() != null);
		return "recognition/scorecard";
	}

	@PostMapping("/scorecards/goals")
	String setGoal(@RequestParam(required = false) String period, @RequestParam(required = false) String scope,
			@RequestParam(required = false) Long id, @Valid @ModelAttribute("goalForm") GoalForm goalForm,
			BindingResult result, @AuthenticationPrincipal RapportUser user, Locale locale, Model model,
			RedirectAttributes redirect) {
		ScorecardScope whose = whose(scope, user);
		Long which = (whose == ScorecardScope.PERSON && id == null) ? user.getPersonId() : id;
		if (!result.hasErrors()) {
			try {
				GoalSummary goal = this.goals.set(new GoalDraft(period, whose, which, goalForm.getTitle(),
						goalForm.getMeasure(), goalForm.getTarget()));
				redirect.addFlashAttribute("goalSet", goal.title());
				return "redirect:/scorecards?period=" + goal.period() + "&scope=" + whose.key() + "&id=" + which;
			}
			catch (InvalidInputException ex) {
				FormErrors.reject(result, ex, Map.of());
			}
			catch (StateConflictException ex) {
				result.reject(ex.getCode(), ex.getArguments(), null);
			}
		}
		return scorecard(period, whose.key(), which, goalForm, user, locale, model);
	}

	@PostMapping("/scorecards/goals/{goal}/check-ins")
	String checkIn(@PathVariable long goal, @RequestParam(required = false) Integer progress,
			@RequestParam(required = false) String note, Locale locale, RedirectAttributes redirect) {
		try {
			GoalSummary checked = this.goals.checkIn(goal, progress, note);
			redirect.addFlashAttribute("checkedIn", checked.title());
			return "redirect:/scorecards?period=" + checked.period() + "&scope=" + checked.scope().key() + "&id="
					+ checked.scopeId();
		}
		catch (InvalidInputException | StateConflictException ex) {
			redirect.addFlashAttribute("goalError", this.messages.getMessage(ex, locale));
			return "redirect:/scorecards";
		}
	}

	@GetMapping("/scorecards.pdf")
	ResponseEntity<byte[]> pdf(@RequestParam(required = false) String period,
			@RequestParam(required = false) String scope, @RequestParam(required = false) Long id,
			@AuthenticationPrincipal RapportUser user, Locale locale) {
		ScorecardScope whose = whose(scope, user);
		Long which = (whose == ScorecardScope.PERSON && id == null) ? user.getPersonId() : id;
		String quarter = this.scorecards.period(period).toString();
		List<GoalSummary> goals = (whose == ScorecardScope.ORGANISATION) ? List.of()
				: this.goals.goals(quarter, whose, which);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("scorecard-" + quarter + ".pdf").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(this.scorecards.pdf(quarter, whose, which, goals, locale));
	}

	@GetMapping("/scorecards.csv")
	void csv(@RequestParam(required = false) String period, @RequestParam(required = false) String scope,
			@RequestParam(required = false) Long id, @AuthenticationPrincipal RapportUser user, Locale locale,
			HttpServletResponse response) throws IOException {
		ScorecardScope whose = whose(scope, user);
		Scorecard scorecard = this.scorecards.scorecard(period, whose,
				(whose == ScorecardScope.PERSON && id == null) ? user.getPersonId() : id, locale);
		LocalDate end = this.scorecards.period(scorecard.period()).end();
		LocalDate today = LocalDate.now(this.clock);
		CsvDownload download = CsvDownload.start(response, "scorecard-" + scorecard.period(),
				end.isBefore(today) ? end : today,
				List.of("period", "scope", "id", "name", "frozen", "figure", "value", "trend", "explanation"));
		for (Scorecard.Figure figure : scorecard.figures()) {
			download.row(scorecard.period(), scorecard.scope().key(), scorecard.id(), scorecard.name(),
					scorecard.frozen(), figure.name(), figure.value(), figure.trend(), figure.explanation());
		}
		download.flush();
	}

	private static ScorecardScope whose(String scope, RapportUser user) {
		if (scope != null && !scope.isBlank()) {
			return ScorecardScope.of(scope);
		}
		return (user.getPersonId() != null) ? ScorecardScope.PERSON : ScorecardScope.ORGANISATION;
	}

}
