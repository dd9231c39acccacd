package org.rapport.health.web;

import java.util.List;

import org.rapport.health.Alert;
import org.rapport.health.Health;
import org.rapport.health.HealthManagement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Health and alerts over REST.
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

	@Operation(summary = "List the alerts the caller may see")
	@GetMapping("/alerts")
	List<Alert> alerts(@RequestParam(required = false) Long relationshipId) {
		return this.health.alerts(relationshipId);
	}

}
