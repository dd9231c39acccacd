package org.rapport.interactions.web;

import jakarta.validation.Valid;
import org.rapport.interactions.InteractionDraft;
import org.rapport.interactions.InteractionManagement;
import org.rapport.interactions.InteractionSummary;
import org.rapport.shared.KeysetPage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
 * A relationship's timeline over REST.
 */
@RestController
@RequestMapping("/api/v1/relationships/{id}/interactions")
@Tag(name = "Interactions")
class InteractionApiController {

	private final InteractionManagement interactions;

	InteractionApiController(InteractionManagement interactions) {
		this.interactions = interactions;
	}

	@Operation(summary = "List a relationship's touchpoints, newest first")
	@GetMapping
	KeysetPage<InteractionSummary> timeline(@PathVariable long id, @RequestParam(required = false) String after,
			@RequestParam(required = false) Integer size) {
		return this.interactions.timeline(id, after, size);
	}

	@Operation(summary = "Log a touchpoint with the counterpart")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	InteractionSummary log(@PathVariable long id, @Valid @RequestBody InteractionDraft draft) {
		return this.interactions.log(id, draft);
	}

}
