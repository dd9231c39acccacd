package org.rapport.recognition.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rapport.recognition.Scorecard;
import org.rapport.recognition.ScorecardScope;
import org.rapport.recognition.Scorecards;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scorecards over REST.
 */
@RestController
@Tag(name = "Recognition")
class ScorecardApiController {

	private final Scorecards scorecards;

	ScorecardApiController(Scorecards scorecards) {
		this.scorecards = scorecards;
	}

	@Operation(summary = "Read a scorecard",
			description = "period is a fiscal quarter such as 2026-Q4 (default: the current one); scope is person, "
					+ "group or organisation; id the person or IT group. Answers {\"period\", \"scope\", \"figures\": "
					+ "[{\"name\", \"value\", \"trend\", \"explanation\"}]} with whose it is and whether it is the "
					+ "snapshot frozen at the quarter's end. A person sees their own, an IT leader those of the "
					+ "groups they lead and their people, the head of relationship management, the CIO and "
					+ "administrators every one; 403 otherwise.")
	@GetMapping("/api/v1/scorecards")
	Scorecard scorecard(@RequestParam(required = false) String period, @RequestParam(required = false) String scope,
			@RequestParam(required = false) Long id, Locale locale) {
		return this.scorecards.scorecard(period, ScorecardScope.of(scope), id, locale);
	}

}
