package org.rapport.recognition.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.rapport.recognition.KudosDraft;
import org.rapport.recognition.KudosSummary;
import org.rapport.recognition.RecognitionManagement;
import org.rapport.recognition.RecognitionValue;
import org.rapport.shared.KeysetPage;

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
 * Kudos over REST.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Recognition")
class RecognitionApiController {

	private final RecognitionManagement recognition;

	RecognitionApiController(RecognitionManagement recognition) {
		this.recognition = recognition;
	}

	@Operation(summary = "List the kudos given, the latest first",
			description = "recipientId narrows it to the kudos one person received. Keyset pages: pass next as "
					+ "after for the page after.")
	@GetMapping("/kudos")
	KeysetPage<KudosSummary> kudos(@RequestParam(required = false) Long recipientId,
			@RequestParam(required = false) String after, @RequestParam(required = false) Integer size) {
		return this.recognition.feed(recipientId, after, size);
	}

	@Operation(summary = "Thank a colleague in IT",
			description = "Body {\"recipientId\", \"values\": [\"kept-a-promise\"], \"message\", \"points\"?}. The "
					+ "caller must be a person in IT; the recipient another person in IT; at least one value of "
					+ "GET /api/v1/kudos/values; points within what is left of the caller's monthly allowance. "
					+ "400 names the field at fault; 409 when the caller is no person in IT.")
	@PostMapping("/kudos")
	@ResponseStatus(HttpStatus.CREATED)
	KudosSummary give(@Valid @RequestBody KudosDraft draft) {
		return this.recognition.give(draft);
	}

	@Operation(summary = "Approve or decline the points of pending kudos",
			description = "Body {\"approve\": true|false}. Kudos with more points than "
					+ "rapport.recognition.approval-above wait in state PENDING; approved, they go on the feed; "
					+ "declined, their points go back to the giver's month. For the head of relationship "
					+ "management, the CIO and administrators; 409 when decided already.")
	@PostMapping("/kudos/{id}/decision")
	KudosSummary decide(@PathVariable long id, @RequestBody Decision decision) {
		return this.recognition.decide(id, decision.approve());
	}

	/**
	 * A decision on pending kudos.
	 *
	 * @param approve whether their points are approved
	 */
	record Decision(boolean approve) {
	}

	@Operation(summary = "List the relationship values kudos are tagged with")
	@GetMapping("/kudos/values")
	List<RecognitionValue> values() {
		return this.recognition.values();
	}

}
