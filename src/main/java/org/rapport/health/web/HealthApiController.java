package org.rapport.health.web;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.rapport.health.Alert;
import org.rapport.health.AlertFilter;
import org.rapport.health.AlertType;
import org.rapport.health.Band;
import org.rapport.health.Health;
import org.rapport.health.HealthManagement;
import org.rapport.shared.KeysetPage;
import org.rapport.shared.web.Versions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Health and alerts over REST. An alert's {@code ETag} is the version of its handling; an
 * action sent with {@code If-Match} is refused with 412 when someone changed the alert
 * meanwhile, and of two actions made at once over the same version one is refused with
 * 409. Acknowledging is not idempotent: an acknowledged alert answers a second
 * acknowledgement with 409, so that a note is never overwritten unseen.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Health")
class HealthApiController {

	private final HealthManagement health;

	HealthApiController(HealthManagement health) {
		this.health = health;
	}

	@Operation(summary = "Read a relationship's health: score, band, components and what explains them")
	@GetMapping("/relationships/{id}/health")
	Health health(@PathVariable long id) {
		return this.health.health(id);
	}

	@Operation(summary = "The caller's alerts, most pressing first",
			description = "Open alerts unless state says acknowledged, snoozed or all. Keyset pages of 1 to 200.")
	@GetMapping("/alerts")
	KeysetPage<Alert> alerts(@RequestParam(required = false) Long relationshipId,
			@RequestParam(required = false) AlertType type, @RequestParam(required = false) String state,
			@RequestParam(required = false) Band band, @RequestParam(required = false) boolean assignedToMe,
			@RequestParam(required = false) String q, @RequestParam(required = false) String after,
			@RequestParam(required = false) Integer size) {
		return this.health.alerts(
				new AlertFilter(relationshipId, type, AlertFilter.states(state), band, assignedToMe, q), after, size);
	}

	@Operation(summary = "Read one alert, with its version as ETag")
	@GetMapping("/alerts/{id}")
	ResponseEntity<Alert> alert(@PathVariable long id) {
		Alert alert = this.health.alert(id);
		return Versions.tagged(alert, alert.version());
	}

	@Operation(summary = "Acknowledge an alert with a note",
			description = "The note is required, up to 1,000 characters. An acknowledged alert answers 409.")
	@PostMapping("/alerts/{id}/acknowledgement")
	ResponseEntity<Alert> acknowledge(@PathVariable long id, @Valid @RequestBody Acknowledgement body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		Alert alert = this.health.acknowledge(id, body.note(), Versions.ifMatch(ifMatch, null));
		return Versions.tagged(alert, alert.version());
	}

	@Operation(summary = "Snooze an alert until a day",
			description = "The day must be after today and at most 90 days ahead; the alert is open again on it.")
	@PostMapping("/alerts/{id}/snooze")
	ResponseEntity<Alert> snooze(@PathVariable long id, @Valid @RequestBody Snooze body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		Alert alert = this.health.snooze(id, body.until(), Versions.ifMatch(ifMatch, null));
		return Versions.tagged(alert, alert.version());
	}

	@Operation(summary = "Assign an alert to a person in IT")
	@PostMapping("/alerts/{id}/assignment")
	ResponseEntity<Alert> assign(@PathVariable long id, @Valid @RequestBody Assignment body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		Alert alert = this.health.assign(id, body.personId(), Versions.ifMatch(ifMatch, null));
		return Versions.tagged(alert, alert.version());
	}

	/**
	 * An acknowledgement's body.
	 *
	 * @param note what is being done about the alert
	 */
	record Acknowledgement(@NotBlank(message = "{alerts.note.required}") @Size(max = HealthManagement.NOTE_MAX,
			message = "{alerts.note.too-long}") String note) {
	}

	/**
	 * A snooze's body.
	 *
	 * @param until the day the alert is open again
	 */
	record Snooze(@NotNull(message = "{alerts.until.required}") LocalDate until) {
	}

	/**
	 * An assignment's body.
	 *
	 * @param personId the person in IT the alert is assigned to
	 */
	record Assignment(@NotNull(message = "{alerts.assignee.required}") Long personId) {
	}

}
