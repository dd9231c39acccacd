package org.rapport.commitments.web;

import jakarta.validation.Valid;
import org.rapport.commitments.CommitmentAmendment;
import org.rapport.commitments.CommitmentDraft;
import org.rapport.commitments.CommitmentManagement;
import org.rapport.commitments.CommitmentSummary;
import org.rapport.commitments.Transition;
import org.rapport.shared.KeysetPage;
import org.rapport.shared.web.Versions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Commitments over REST.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Commitments")
class CommitmentApiController {

	private final CommitmentManagement commitments;

	CommitmentApiController(CommitmentManagement commitments) {
		this.commitments = commitments;
	}

	@Operation(summary = "List a relationship's commitments by due date")
	@GetMapping("/relationships/{id}/commitments")
	KeysetPage<CommitmentSummary> commitments(@PathVariable long id, @RequestParam(required = false) String after,
			@RequestParam(required = false) Integer size) {
		return this.commitments.commitments(id, after, size);
	}

	@Operation(summary = "Record a commitment made to the counterpart")
	@PostMapping("/relationships/{id}/commitments")
	@ResponseStatus(HttpStatus.CREATED)
	CommitmentSummary make(@PathVariable long id, @Valid @RequestBody CommitmentDraft draft) {
		return this.commitments.make(id, draft);
	}

	@Operation(summary = "Read one commitment")
	@GetMapping("/commitments/{id}")
	ResponseEntity<CommitmentSummary> commitment(@PathVariable long id) {
		CommitmentSummary commitment = this.commitments.commitment(id);
		return Versions.tagged(commitment, commitment.version());
	}

	/**
	 * Corrects a pending commitment's description and owner. {@code If-Match} with the
	 * commitment's {@code ETag} (or {@code version} in the body) makes it refuse when
	 * someone changed it meanwhile.
	 */
	@Operation(summary = "Correct a pending commitment's description and owner")
	@PutMapping("/commitments/{id}")
	ResponseEntity<CommitmentSummary> amend(@PathVariable long id, @Valid @RequestBody CommitmentAmendment amendment,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		CommitmentSummary amended = this.commitments.amend(id,
				amendment.over(Versions.ifMatch(ifMatch, amendment.version())));
		return Versions.tagged(amended, amended.version());
	}

	/**
	 * Moves a commitment on. {@code If-Match} with the commitment's {@code ETag} (or
	 * {@code version} in the body) makes it refuse when someone moved it meanwhile.
	 */
	@Operation(summary = "Mark a commitment kept, broken, cancelled or renegotiated")
	@PostMapping("/commitments/{id}/transitions")
	ResponseEntity<CommitmentSummary> transition(@PathVariable long id, @Valid @RequestBody Transition transition,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		CommitmentSummary moved = this.commitments.transition(id,
				transition.over(Versions.ifMatch(ifMatch, transition.version())));
		return Versions.tagged(moved, moved.version());
	}

}
