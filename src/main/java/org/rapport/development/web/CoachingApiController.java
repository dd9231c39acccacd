package org.rapport.development.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rapport.development.Coaching;
import org.rapport.development.CoachingDraft;
import org.rapport.development.CoachingEnding;
import org.rapport.development.CoachingSessionDraft;
import org.rapport.development.CoachingSummary;
import org.rapport.shared.web.Versions;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Coaching over REST: engagements, their sessions and their ending. Session notes appear
 * only in the coach's and the coachee's answers.
 */
@RestController
@RequestMapping("/api/v1/coaching")
@Tag(name = "Development")
class CoachingApiController {

	private final Coaching coaching;

	CoachingApiController(Coaching coaching) {
		this.coaching = coaching;
	}

	@Operation(summary = "List the coaching engagements the caller reads",
			description = "As coach or coachee (view PARTY: goals, outcome, sessions with notes), above the coachee "
					+ "(MANAGER: goals and outcome) and, for those who steer the portfolio, all of them (COVERAGE: "
					+ "who, since when and the state). The active first.")
	@GetMapping
	List<CoachingSummary> engagements() {
		return this.coaching.engagements();
	}

	@Operation(summary = "Set up a coaching engagement",
			description = "Body {\"coachId\", \"coacheeId\", \"startedOn\"?, \"goals\": [{\"competencyKey\"?, "
					+ "\"goal\"}]}. For those who steer the portfolio and the coachee's managers; coach and coachee are "
					+ "two people with emails, the coachee in IT. 400 names the field; 409 naming coacheeId when the "
					+ "two are in an active engagement already.")
	@PostMapping
	ResponseEntity<CoachingSummary> setUp(@RequestBody CoachingDraft draft) {
		CoachingSummary created = this.coaching.setUp(draft);
		return ResponseEntity.created(URI.create("/api/v1/coaching/" + created.id()))
			.eTag(Versions.etag(created.version()))
			.body(created);
	}

	@Operation(summary = "Read a coaching engagement",
			description = "With what the caller may read of it (see the list); 404 for anyone who is neither in it, "
					+ "above the coachee, nor steers the portfolio.")
	@GetMapping("/{id}")
	ResponseEntity<CoachingSummary> engagement(@PathVariable long id) {
		CoachingSummary engagement = this.coaching.engagement(id);
		return Versions.tagged(engagement, engagement.version());
	}

	@Operation(summary = "Log a coaching session",
			description = "Body {\"heldOn\": \"2026-05-04\", \"note\"}. For the coach and the coachee; the note is "
					+ "theirs alone. 400 names the field; 409 once the engagement has ended.")
	@PostMapping("/{id}/sessions")
	@ResponseStatus(HttpStatus.CREATED)
	CoachingSummary logSession(@PathVariable long id, @RequestBody CoachingSessionDraft draft) {
		return this.coaching.logSession(id, draft);
	}

	@Operation(summary = "End a coaching engagement with its outcome",
			description = "Body {\"outcome\"}, required. For the coach and the coachee; 409 when it has ended "
					+ "already; If-Match with the engagement's ETag refuses an ending over a stale version (412).")
	@PostMapping("/{id}/outcome")
	ResponseEntity<CoachingSummary> end(@PathVariable long id, @RequestBody CoachingEnding ending,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		CoachingSummary ended = this.coaching.end(id,
				new CoachingEnding(ending.outcome(), Versions.ifMatch(ifMatch, ending.version())));
		return Versions.tagged(ended, ended.version());
	}

}
