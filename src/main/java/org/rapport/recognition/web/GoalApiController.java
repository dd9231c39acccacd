package org.rapport.recognition.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.rapport.recognition.GoalDraft;
import org.rapport.recognition.GoalSummary;
import org.rapport.recognition.Goals;
import org.rapport.recognition.ScorecardScope;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Relationship goals over REST.
 */
@RestController
@RequestMapping("/api/v1/goals")
@Tag(name = "Recognition")
class GoalApiController {

	private final Goals goals;

	GoalApiController(Goals goals) {
		this.goals = goals;
	}

	@Operation(summary = "List a person's or IT group's goals of a quarter, with their progress",
			description = "period is a quarter such as 2026-Q4 (default: the current one); scope is person or group; "
					+ "id the person or IT group. For those who may see the scope's scorecard.")
	@GetMapping
	List<GoalSummary> goals(@RequestParam(required = false) String period, @RequestParam(required = false) String scope,
			@RequestParam(required = false) Long id) {
		return this.goals.goals(period, ScorecardScope.of(scope), id);
	}

	@Operation(summary = "Set a goal",
			description = "Body {\"period\"?, \"scope\": \"PERSON\"|\"GROUP\", \"id\", \"title\", \"measure\": "
					+ "CHECK_IN|BUSINESS_REVIEWS|COMMITMENTS_ON_TIME|CADENCE|PARTNER_FEEDBACK|RECOGNITION, \"target\"}. "
					+ "400 names the field; 409 for a quarter that has ended; 403 for a scope the caller may not see.")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	GoalSummary set(@Valid @RequestBody GoalDraft draft) {
		return this.goals.set(draft);
	}

	@Operation(summary = "Check in on a goal followed by check-ins",
			description = "Body {\"progress\": 0..100, \"note\"?}. 409 for a goal whose progress comes from the data "
					+ "or whose quarter has ended.")
	@PostMapping("/{id}/check-ins")
	GoalSummary checkIn(@PathVariable long id, @RequestBody CheckIn checkIn) {
		return this.goals.checkIn(id, checkIn.progress(), checkIn.note());
	}

	/**
	 * A check-in.
	 *
	 * @param progress how far the goal is, 0 to 100
	 * @param note a word on it
	 */
	record CheckIn(Integer progress, String note) {
	}

}
