package org.rapport.interactions.web;

import jakarta.validation.Valid;
import org.rapport.interactions.InteractionDraft;
import org.rapport.interactions.InteractionManagement;
import org.rapport.interactions.InteractionSummary;
import org.rapport.shared.KeysetPage;
import org.rapport.shared.web.Versions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
 * A relationship's timeline over REST, and the correction of its touchpoints.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Interactions")
class InteractionApiController {

	private final InteractionManagement interactions;

	InteractionApiController(InteractionManagement interactions) {
		this.interactions = interactions;
	}

	@Operation(summary = "List a relationship's touchpoints, newest first")
	@GetMapping("/relationships/{id}/interactions")
	KeysetPage<InteractionSummary> timeline(@PathVariable long id, @RequestParam(required = false) String after,
			@RequestParam(required = false) Integer size) {
		return this.interactions.timeline(id, after, size);
	}

	@Operation(summary = "Log a touchpoint with the counterpart")
	@PostMapping("/relationships/{id}/interactions")
	@ResponseStatus(HttpStatus.CREATED)
	InteractionSummary log(@PathVariable long id, @Valid @RequestBody InteractionDraft draft) {
		return this.interactions.log(id, draft);
	}

	@Operation(summary = "Read one touchpoint")
	@GetMapping("/interactions/{id}")
	ResponseEntity<InteractionSummary> interaction(@PathVariable long id) {
		InteractionSummary interaction = this.interactions.interaction(id);
		return Versions.tagged(interaction, interaction.version());
	}

	/**
	 * Corrects a touchpoint: whoever logged it, or the relationship's owner. The body is
	 * the whole touchpoint as it should be. {@code If-Match} with the touchpoint's
	 * {@code ETag} makes the correction refuse when someone changed it meanwhile.
	 */
	@Operation(summary = "Correct a touchpoint (whoever logged it, or the relationship's owner)")
	@PutMapping("/interactions/{id}")
	ResponseEntity<InteractionSummary> correct(@PathVariable long id, @Valid @RequestBody InteractionDraft draft,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		InteractionSummary corrected = this.interactions.correct(id, draft, Versions.ifMatch(ifMatch, null));
		return Versions.tagged(corrected, corrected.version());
	}

	/**
	 * Deletes a touchpoint: whoever logged it, or the relationship's owner. Commitments
	 * made in it stay. {@code If-Match} with the touchpoint's {@code ETag} makes the
	 * deletion refuse when someone changed it meanwhile.
	 */
	@Operation(summary = "Delete a touchpoint (whoever logged it, or the relationship's owner)")
	@DeleteMapping("/interactions/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		this.interactions.delete(id, Versions.ifMatch(ifMatch, null));
	}

}
