package org.rapport.recognition.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.rapport.recognition.NominationDecision;
import org.rapport.recognition.NominationDraft;
import org.rapport.recognition.NominationState;
import org.rapport.recognition.NominationSummary;
import org.rapport.recognition.Nominations;
import org.rapport.shared.KeysetPage;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Nominations for the awards of a quarter over REST.
 */
@RestController
@RequestMapping("/api/v1/nominations")
@Tag(name = "Recognition")
class NominationApiController {

	private final Nominations nominations;

	NominationApiController(Nominations nominations) {
		this.nominations = nominations;
	}

	@Operation(summary = "List the nominations of a quarter",
			description = "period is a quarter such as 2026-Q4 (default: the current one); state narrows it. Those "
					+ "who steer the portfolio see every nomination, others their own and the awards given.")
	@GetMapping
	KeysetPage<NominationSummary> nominations(@RequestParam(required = false) String period,
			@RequestParam(required = false) NominationState state, @RequestParam(required = false) String after,
			@RequestParam(required = false) Integer size) {
		return this.nominations.nominations(period, state, after, size);
	}

	@Operation(summary = "Nominate a colleague for an award of the current quarter",
			description = "Body {\"awardKey\": \"relationship-builder\", \"nomineeId\", \"reason\"}. 400 names the "
					+ "field (unknown award, nominee outside IT or oneself, reason); 409 when the caller nominated "
					+ "them for the award this quarter already, or is no person in IT.")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	NominationSummary nominate(@Valid @RequestBody NominationDraft draft) {
		return this.nominations.nominate(draft);
	}

	@Operation(summary = "Approve or decline a nomination",
			description = "Body {\"decision\": \"APPROVED\"|\"DECLINED\", \"note\"?}. For the head of relationship "
					+ "management, the CIO and administrators. Approving gives the award and keeps the nominee's "
					+ "scorecard as evidence; 409 when decided already or the award of the quarter went to someone "
					+ "else; If-Match with the nomination's ETag refuses a decision over a stale version (412).")
	@PostMapping("/{id}/decision")
	ResponseEntity<NominationSummary> decide(@PathVariable long id, @Valid @RequestBody NominationDecision decision,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		NominationSummary decided = this.nominations.decide(id,
				decision.over(Versions.ifMatch(ifMatch, decision.version())));
		return Versions.tagged(decided, decided.version());
	}

}
