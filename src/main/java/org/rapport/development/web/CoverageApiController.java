package org.rapport.development.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rapport.development.CoverageReport;
import org.rapport.development.DevelopmentCoverage;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Coverage over REST: how much of IT develops for relationship management.
 */
@RestController
@Tag(name = "Development")
class CoverageApiController {

	private final DevelopmentCoverage coverage;

	CoverageApiController(DevelopmentCoverage coverage) {
		this.coverage = coverage;
	}

	@Operation(summary = "Read how much of IT develops for relationship management",
			description = "For each measure (PLAN: a development plan with a goal; TRAINING: a training attended in "
					+ "the last year; COACH_OR_MENTOR: a coaching engagement or mentoring pair under way; FEEDBACK: a "
					+ "360 closed in the last year; RELATIONSHIP: a relationship owned or taken part in) the count and "
					+ "percent of the people in IT: overall today, at the end of each of the last four quarters "
					+ "(trend, oldest first, then today), and per IT group with the groups below it, today (now) and "
					+ "at the end of the last quarter (before). For those who oversee the portfolio; an IT leader "
					+ "gets the groups they lead.")
	@GetMapping("/api/v1/development/coverage")
	CoverageReport coverage() {
		return this.coverage.coverage();
	}

}
