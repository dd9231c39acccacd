package org.rapport.recognition.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.rapport.accounts.RapportUser;
import org.rapport.recognition.Scorecard;
import org.rapport.recognition.ScorecardPeriod;
import org.rapport.recognition.ScorecardScope;
import org.rapport.recognition.Scorecards;
import org.rapport.shared.web.CsvDownload;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Scorecards on pages: the caller's own by default, the teams they lead, and all of IT,
 * quarter by quarter; and a scorecard as CSV for a performance review.
 */
@Controller
class ScorecardController {

	private final Scorecards scorecards;

	private final Clock clock;

	ScorecardController(Scorecards scorecards, Clock clock) {
		this.scorecards = scorecards;
		this.clock = clock;
	}

	@GetMapping("/scorecards")
	String scorecard(@RequestParam(required = false) String period, @RequestParam(required = false) String scope,
			@RequestParam(required = false) Long id, @AuthenticationPrincipal RapportUser user, Locale locale,
			Model model) {
		ScorecardScope whose = whose(scope, user);
		Long which = (whose == ScorecardScope.PERSON && id == null) ? user.getPersonId() : id;
		Scorecard scorecard = this.scorecards.scorecard(period, whose, which, locale);
		ScorecardPeriod quarter = this.scorecards.period(scorecard.period());
		model.addAttribute("scorecard", scorecard);
		model.addAttribute("previous", quarter.previous().toString());
		model.addAttribute("next", quarter.equals(this.scorecards.currentPeriod()) ? null : quarter.next().toString());
		model.addAttribute("teams", this.scorecards.ledGroups());
		model.addAttribute("hasPerson", user.getPersonId() != null);
		return "recognition/scorecard";
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
