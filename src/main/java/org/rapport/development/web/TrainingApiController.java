package org.rapport.development.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rapport.development.Attendance;
import org.rapport.development.EnrolmentSummary;
import org.rapport.development.FeedbackDraft;
import org.rapport.development.TrainingDraft;
import org.rapport.development.TrainingSessionDraft;
import org.rapport.development.TrainingSessionSummary;
import org.rapport.development.TrainingSummary;
import org.rapport.development.Trainings;
import org.rapport.shared.InvalidInputException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The training catalogue over REST: courses and their sessions, kept by those who steer
 * the portfolio; enrolments with the waiting list, attendance and feedback.
 */
@RestController
@RequestMapping("/api/v1/trainings")
@Tag(name = "Development")
class TrainingApiController {

	private final Trainings trainings;

	TrainingApiController(Trainings trainings) {
		this.trainings = trainings;
	}

	@Operation(summary = "List the training catalogue",
			description = "Every course on offer by title (retired ones too for those who steer the portfolio), each "
					+ "with its next three sessions, their seats left and the caller's enrolment. competency narrows "
					+ "it to the courses that develop that competency (400 for a key the framework lacks). The "
					+ "catalogue is a plain list: it holds dozens of courses, not thousands.")
	@GetMapping
	List<TrainingSummary> catalogue(@RequestParam(required = false) String competency) {
		return this.trainings.catalogue(competency);
	}

	@Operation(summary = "Add a course to the catalogue",
			description = "Body {\"title\", \"description\", \"internal\": true|false, \"provider\" (required when "
					+ "external), \"format\": \"WORKSHOP\"|\"COURSE\"|\"E_LEARNING\", \"durationMinutes\", "
					+ "\"competencies\": [competency keys]}. For those who steer the portfolio. 400 names the field, "
					+ "409 when a course has that title already.")
	@PostMapping
	ResponseEntity<TrainingSummary> add(@RequestBody TrainingDraft draft) {
		TrainingSummary added = this.trainings.add(draft);
		return ResponseEntity.created(URI.create("/api/v1/trainings/" + added.id()))
			.eTag(Versions.etag(added.version()))
			.body(added);
	}

	@Operation(summary = "The caller's trainings",
			description = "Their enrolments, waiting places and completed trainings, the latest session first.")
	@GetMapping("/mine")
	List<EnrolmentSummary> mine() {
		return this.trainings.mine();
	}

	@Operation(summary = "Read a course with its whole schedule")
	@GetMapping("/{id}")
	ResponseEntity<TrainingSummary> training(@PathVariable long id) {
		TrainingSummary training = this.trainings.training(id);
		return Versions.tagged(training, training.version());
	}

	@Operation(summary = "Change a course",
			description = "Body as for adding, with \"active\": false to retire it or true to offer it again. "
					+ "If-Match with its ETag refuses a change over a stale version (412).")
	@PutMapping("/{id}")
	ResponseEntity<TrainingSummary> change(@PathVariable long id, @RequestBody TrainingDraft draft,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		TrainingSummary changed = this.trainings.change(id, draft, Versions.ifMatch(ifMatch, null));
		return Versions.tagged(changed, changed.version());
	}

	@Operation(summary = "Schedule a session of a course",
			description = "Body {\"startsAt\": \"2026-05-04T09:00\", \"endsAt\", \"location\" and/or "
					+ "\"onlineLink\", \"capacity\": 1 to 500}. For those who steer the portfolio; 400 names the "
					+ "field, 409 when the course is retired.")
	@PostMapping("/{id}/sessions")
	ResponseEntity<TrainingSessionSummary> schedule(@PathVariable long id, @RequestBody TrainingSessionDraft draft) {
		TrainingSessionSummary session = this.trainings.schedule(id, draft);
		return ResponseEntity.created(URI.create("/api/v1/trainings/" + id + "/sessions/" + session.id()))
			.body(session);
	}

	@Operation(summary = "Who is enrolled in a session",
			description = "Those with a seat, then the waiting list in order, then those who cancelled. For those who "
					+ "steer the portfolio.")
	@GetMapping("/{id}/sessions/{sessionId}/enrolments")
	List<EnrolmentSummary> enrolments(@PathVariable long id, @PathVariable long sessionId) {
		return this.trainings.enrolments(id, sessionId);
	}

	@Operation(summary = "Enrol in a session",
			description = "Body {\"sessionId\"}. For anyone in IT. 201 with state ENROLLED while the session has "
					+ "seats, otherwise WAITING with waitingPosition, the caller's place on its waiting list (a seat "
					+ "goes to the first in line when someone cancels). 409 when the caller is enrolled or waiting "
					+ "already, the session has started, the course is retired, or the caller is no person in IT.")
	@PostMapping("/{id}/enrolments")
	ResponseEntity<EnrolmentSummary> enrol(@PathVariable long id, @RequestBody EnrolmentRequest request) {
		if (request.sessionId() == null) {
			throw new InvalidInputException("sessionId", "development.enrolment.session");
		}
		EnrolmentSummary enrolment = this.trainings.enrol(id, request.sessionId());
		return ResponseEntity.status(HttpStatus.CREATED).eTag(Versions.etag(enrolment.version())).body(enrolment);
	}

	@Operation(summary = "Cancel an enrolment",
			description = "The person's own, or anyone's for those who steer the portfolio, before the session "
					+ "starts. A freed seat goes to the first on the waiting list. 409 when cancelled already or the "
					+ "session has started.")
	@PostMapping("/{id}/enrolments/{enrolmentId}/cancellation")
	EnrolmentSummary cancel(@PathVariable long id, @PathVariable long enrolmentId) {
		return this.trainings.cancel(id, enrolmentId);
	}

	@Operation(summary = "Mark attendance",
			description = "Body {\"attendance\": \"ATTENDED\"|\"NO_SHOW\"}. For those who steer the portfolio, once "
					+ "the session has begun, for a person with a seat; attended counts as the training completed. "
					+ "If-Match with the enrolment's ETag refuses a mark over a stale version (412).")
	@PostMapping("/{id}/enrolments/{enrolmentId}/attendance")
	ResponseEntity<EnrolmentSummary> attendance(@PathVariable long id, @PathVariable long enrolmentId,
			@RequestBody AttendanceRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		EnrolmentSummary marked = this.trainings.markAttendance(id, enrolmentId, request.attendance(),
				Versions.ifMatch(ifMatch, null));
		return Versions.tagged(marked, marked.version());
	}

	@Operation(summary = "Rate a session attended",
			description = "Body {\"rating\": 1 to 5, \"comment\"?}. Once, by the person who attended; 400 names the "
					+ "field, 409 when not marked as attended or rated already.")
	@PostMapping("/{id}/enrolments/{enrolmentId}/feedback")
	ResponseEntity<EnrolmentSummary> feedback(@PathVariable long id, @PathVariable long enrolmentId,
			@RequestBody FeedbackDraft draft) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.trainings.giveFeedback(id, enrolmentId, draft));
	}

	record EnrolmentRequest(Long sessionId) {
	}

	record AttendanceRequest(Attendance attendance) {
	}

}
