package org.rapport.development.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rapport.development.CheckInDraft;
import org.rapport.development.DevelopmentPlanDetails;
import org.rapport.development.DevelopmentPlanDetails.Action;
import org.rapport.development.DevelopmentPlanDetails.CheckIn;
import org.rapport.development.DevelopmentPlanDetails.Goal;
import org.rapport.development.DevelopmentPlanSummary;
import org.rapport.development.DevelopmentPlans;
import org.rapport.development.GoalDraft;
import org.rapport.development.PlanActionDraft;
import org.rapport.shared.NotFoundException;
import org.rapport.shared.web.Versions;

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
import org.springframework.web.bind.annotation.RestController;

/**
 * Development plans over REST: the caller's plan with its goals, actions and check-ins,
 * and, read-only, the plans of the people they manage.
 */
@RestController
@RequestMapping("/api/v1/development-plans")
@Tag(name = "Development")
class DevelopmentPlanApiController {

	private final DevelopmentPlans plans;

	DevelopmentPlanApiController(DevelopmentPlans plans) {
		this.plans = plans;
	}

	@Operation(summary = "List the plans the caller reads",
			description = "Their own plan first, then those of the people they manage in the directory, by name. "
					+ "Plans are private to the person and their manager: no role reads others'.")
	@GetMapping
	List<DevelopmentPlanSummary> visible() {
		return this.plans.visible();
	}

	@Operation(summary = "Start the caller's plan, optionally with a goal",
			description = "Body {} or {\"goal\": {\"competency\": key, \"targetLevel\": 1 to 4, \"why\", "
					+ "\"dueOn\": \"2027-03-31\"}}. 201 with the plan when it was started, 200 when the caller has "
					+ "one already (the goal, if any, is added to it). 400 names the goal's field (competency "
					+ "unknown or retired, due date past); 409 when the account is linked to no one.")
	@PostMapping
	ResponseEntity<DevelopmentPlanDetails> start(@RequestBody(required = false) StartRequest request) {
		boolean existed = this.plans.mine().isPresent();
		if (request != null && request.goal() != null) {
			this.plans.addGoal(request.goal());
		}
		DevelopmentPlanDetails plan = this.plans.start();
		if (existed) {
			return Versions.tagged(plan, plan.version());
		}
		return ResponseEntity.created(URI.create("/api/v1/development-plans/" + plan.id()))
			.eTag(Versions.etag(plan.version()))
			.body(plan);
	}

	@Operation(summary = "Read a plan",
			description = "The caller's own or that of someone they manage, with goals, actions and check-ins; 404 "
					+ "for anyone else.")
	@GetMapping("/{id}")
	ResponseEntity<DevelopmentPlanDetails> plan(@PathVariable long id) {
		DevelopmentPlanDetails plan = this.plans.plan(id);
		return Versions.tagged(plan, plan.version());
	}

	@Operation(summary = "Add a goal to the caller's plan",
			description = "Body {\"competency\", \"targetLevel\": 1 to 4, \"why\", \"dueOn\"}. {id} is the caller's "
					+ "plan (404 otherwise). 400 names the field. The goal's ETag is its " + "version.")
	@PostMapping("/{id}/goals")
	ResponseEntity<Goal> addGoal(@PathVariable long id, @RequestBody GoalDraft draft) {
		if (!this.plans.plan(id).mine()) {
			throw new NotFoundException("Plan", id);
		}
		Goal goal = this.plans.addGoal(draft);
		return ResponseEntity.created(URI.create("/api/v1/development-plans/" + id + "/goals/" + goal.id()))
			.eTag(Versions.etag(goal.version()))
			.body(goal);
	}

	@Operation(summary = "Change a goal",
			description = "Body as for adding, with \"state\": \"OPEN\"|\"DONE\"|\"DROPPED\". A due date that did "
					+ "not change may lie in the past. If-Match with the goal's ETag refuses a change over a stale "
					+ "version (412).")
	@PutMapping("/{id}/goals/{goalId}")
	ResponseEntity<Goal> changeGoal(@PathVariable long id, @PathVariable long goalId, @RequestBody GoalDraft draft,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		own(id, goalId);
		Goal goal = this.plans.changeGoal(goalId, draft, Versions.ifMatch(ifMatch, null));
		return Versions.tagged(goal, goal.version());
	}

	@Operation(summary = "Add an action to a goal",
			description = "Body {\"kind\": \"TRAINING\"|\"COACHING\"|\"MENTORING\"|\"PRACTICE\"|\"OTHER\", "
					+ "\"description\", \"trainingId\" (required for a training; its title describes it when no "
					+ "description is given), \"relationshipId\"?, \"dueOn\"?}. 400 names the field, 409 when the "
					+ "goal is done or dropped.")
	@PostMapping("/{id}/goals/{goalId}/actions")
	ResponseEntity<Action> addAction(@PathVariable long id, @PathVariable long goalId,
			@RequestBody PlanActionDraft draft) {
		own(id, goalId);
		return ResponseEntity.status(HttpStatus.CREATED).body(this.plans.addAction(goalId, draft));
	}

	@Operation(summary = "Tick an action off, or on again", description = "Body {\"done\": true|false}.")
	@PutMapping("/{id}/goals/{goalId}/actions/{actionId}")
	Action markAction(@PathVariable long id, @PathVariable long goalId, @PathVariable long actionId,
			@RequestBody DoneRequest request) {
		own(id, goalId);
		return this.plans.markAction(goalId, actionId, request != null && Boolean.TRUE.equals(request.done()));
	}

	@Operation(summary = "Check in on a goal",
			description = "Body {\"progress\": 0 to 100, \"note\"?}. Check-ins are only added: two at once are both "
					+ "kept, and the goal's progress is its latest. 400 names the field, 409 when the goal is done or "
					+ "dropped.")
	@PostMapping("/{id}/goals/{goalId}/check-ins")
	ResponseEntity<CheckIn> checkIn(@PathVariable long id, @PathVariable long goalId, @RequestBody CheckInDraft draft) {
		own(id, goalId);
		return ResponseEntity.status(HttpStatus.CREATED).body(this.plans.checkIn(goalId, draft));
	}

	/** The plan of the path, which the caller must read, must hold the goal. */
	private void own(long planId, long goalId) {
		if (this.plans.plan(planId).goals().stream().noneMatch((goal) -> goal.id() == goalId)) {
			throw new NotFoundException("Goal", goalId);
		}
	}

	record StartRequest(GoalDraft goal) {
	}

	record DoneRequest(Boolean done) {
	}

}
