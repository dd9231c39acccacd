package org.rapport.development.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rapport.development.FeedbackReport;
import org.rapport.development.FeedbackRoundDraft;
import org.rapport.development.FeedbackRoundSummary;
import org.rapport.development.FeedbackRounds;
import org.rapport.development.RaterDraft;
import org.rapport.shared.web.Versions;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 360 rounds over REST, for the person and their manager.
 */
@RestController
@RequestMapping("/api/v1/feedback-rounds")
@Tag(name = "Development")
class FeedbackApiController {

	private final FeedbackRounds rounds;

	FeedbackApiController(FeedbackRounds rounds) {
		this.rounds = rounds;
	}

	@Operation(summary = "List the caller's 360 rounds and those of the people they manage",
			description = "The latest first, at most 100.")
	@GetMapping
	List<FeedbackRoundSummary> rounds() {
		return this.rounds.rounds();
	}

	@Operation(summary = "Start a 360 round",
			description = "Body {\"subjectId\"? (the caller by default, or someone they manage), \"closesOn\": "
					+ "\"2026-12-20\", \"competencies\"?: [keys; every competency offered by default], \"raters\"?: "
					+ "[{\"personId\", \"group\": \"PEER\"|\"PARTNER\"|\"REPORT\"}]}. The person rates as SELF and their "
					+ "manager as MANAGER, both added. 400 names the field (a rater in the wrong group, the person or "
					+ "their manager in another group, a day outside the next 90); 409 when the person has a round "
					+ "that is not closed, or no manager.")
	@PostMapping
	ResponseEntity<FeedbackRoundSummary> start(@RequestBody FeedbackRoundDraft draft) {
		FeedbackRoundSummary round = this.rounds.start(draft);
		return ResponseEntity.created(URI.create("/api/v1/feedback-rounds/" + round.id()))
			.eTag(Versions.etag(round.version()))
			.body(round);
	}

	@Operation(summary = "Read a 360 round", description = "For the person and their manager; 404 for anyone else.")
	@GetMapping("/{id}")
	ResponseEntity<FeedbackRoundSummary> round(@PathVariable long id) {
		FeedbackRoundSummary round = this.rounds.round(id);
		return Versions.tagged(round, round.version());
	}

	@Operation(summary = "Nominate a rater",
			description = "Body {\"personId\", \"group\"}, while the raters are chosen.")
	@PostMapping("/{id}/raters")
	ResponseEntity<FeedbackRoundSummary> nominate(@PathVariable long id, @RequestBody RaterDraft draft) {
		FeedbackRoundSummary round = this.rounds.nominate(id, draft);
		return Versions.tagged(round, round.version());
	}

	@Operation(summary = "Remove a rater",
			description = "While the person chooses raters, or the manager approves them; the person and the "
					+ "manager stay.")
	@DeleteMapping("/{id}/raters/{raterId}")
	ResponseEntity<FeedbackRoundSummary> remove(@PathVariable long id, @PathVariable long raterId) {
		FeedbackRoundSummary round = this.rounds.remove(id, raterId);
		return Versions.tagged(round, round.version());
	}

	@Operation(summary = "Send the raters to the manager for approval",
			description = "By the person. If-Match with the round's ETag refuses it over a stale version (412).")
	@PostMapping("/{id}/submission")
	ResponseEntity<FeedbackRoundSummary> submit(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		FeedbackRoundSummary round = this.rounds.submit(id, Versions.ifMatch(ifMatch, null));
		return Versions.tagged(round, round.version());
	}

	@Operation(summary = "Approve the raters and invite them",
			description = "By the manager: the round opens and each rater is emailed their own link. 409 when it "
					+ "is not waiting for approval; If-Match refuses a stale version (412).")
	@PostMapping("/{id}/approval")
	ResponseEntity<FeedbackRoundSummary> approve(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		FeedbackRoundSummary round = this.rounds.approve(id, Versions.ifMatch(ifMatch, null));
		return Versions.tagged(round, round.version());
	}

	@Operation(summary = "Close an open round before its last day")
	@PostMapping("/{id}/closure")
	ResponseEntity<FeedbackRoundSummary> close(@PathVariable long id) {
		FeedbackRoundSummary round = this.rounds.close(id);
		return Versions.tagged(round, round.version());
	}

	@Operation(summary = "Read a closed round's report",
			description = "For the person and their manager only (403 for anyone else); 409 until the round is "
					+ "closed. Per competency the mean level per group whose results show (peers, partners and "
					+ "direct reports from their threshold), the others' mean, the gap and whether it is a blind "
					+ "spot or a hidden strength.")
	@GetMapping("/{id}/report")
	FeedbackReport report(@PathVariable long id) {
		return this.rounds.report(id);
	}

}
