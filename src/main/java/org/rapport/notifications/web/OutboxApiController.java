package org.rapport.notifications.web;

import org.rapport.notifications.NotificationManagement;
import org.rapport.notifications.OutboxEntry;
import org.rapport.notifications.OutboxState;
import org.rapport.notifications.WaveProgress;
import org.rapport.shared.KeysetPage;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The email outbox over REST, for administrators.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Outbox")
class OutboxApiController {

	private final NotificationManagement notifications;

	OutboxApiController(NotificationManagement notifications) {
		this.notifications = notifications;
	}

	@Operation(summary = "The email outbox, newest first",
			description = "Optionally only one state (QUEUED, SENDING, SENT, FAILED, INTERRUPTED, NOT_SENT) "
					+ "or one wave. Keyset pages of 1 to 200. Administrators only.")
	@GetMapping("/outbox")
	KeysetPage<OutboxEntry> outbox(@RequestParam(required = false) OutboxState state,
			@RequestParam(required = false) String wave, @RequestParam(required = false) String after,
			@RequestParam(required = false) Integer size) {
		return this.notifications.outbox(state, wave, after, size);
	}

	@Operation(summary = "How far a wave of emails has got: counts per state",
			description = "Administrators only. A wave without emails has all counts 0.")
	@GetMapping("/outbox/waves/{wave}")
	// The module that sends a wave shows its progress to its own users through
	// NotificationManagement; over REST the outbox is the administrators'.
	@PreAuthorize("hasRole('ADMIN')")
	WaveProgress wave(@PathVariable String wave) {
		return this.notifications.progress(wave);
	}

}
