package org.rapport.development.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rapport.development.MenteeDraft;
import org.rapport.development.MentorDraft;
import org.rapport.development.Mentoring;
import org.rapport.development.MentoringProposal;
import org.rapport.development.MentorshipSummary;
import org.rapport.development.PairChange;
import org.rapport.development.PairClosure;
import org.rapport.development.ProgrammeDraft;
import org.rapport.development.ProgrammeSummary;
import org.rapport.development.SessionDraft;
import org.rapport.development.SignUpSummary;
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
 * Mentoring programmes over REST: programmes, sign-ups, the matching run and its
 * proposal, publication, and the pairs' sessions and closure.
 */
@RestController
@RequestMapping("/api/v1/mentoring")
@Tag(name = "Development")
class MentoringApiController {

	private final Mentoring mentoring;

	MentoringApiController(Mentoring mentoring) {
		this.mentoring = mentoring;
	}

	@Operation(summary = "List the mentoring programmes",
			description = "The latest first, each with its state "
					+ "(OPEN, MATCHED, PUBLISHED, CLOSED) and how many signed up as mentors and mentees.")
	@GetMapping("/programmes")
	KeysetPage<ProgrammeSummary> programmes(@RequestParam(required = false) String after,
			@RequestParam(required = false) Integer size) {
		return this.mentoring.programmes(after, size);
	}

	@Operation(summary = "Open a mentoring programme for sign-ups",
			description = "Body {\"name\", \"description\"?}. For the head of relationship management, the CIO and "
					+ "administrators; 400 names the field.")
	@PostMapping("/programmes")
	ResponseEntity<ProgrammeSummary> create(@RequestBody ProgrammeDraft draft) {
		ProgrammeSummary created = this.mentoring.create(draft);
		return ResponseEntity.created(URI.create("/api/v1/mentoring/programmes/" + created.id()))
			.eTag(Versions.etag(created.version()))
			.body(created);
	}

	@Operation(summary = "Read a mentoring programme")
	@GetMapping("/programmes/{id}")
	ResponseEntity<ProgrammeSummary> programme(@PathVariable long id) {
		ProgrammeSummary programme = this.mentoring.programme(id);
		return Versions.tagged(programme, programme.version());
	}

	@Operation(summary = "Sign up as a mentor",
			description = "Body {\"strengths\": [one to three competency keys], \"capacity\": 1 to 5}. For people in "
					+ "IT while the programme is open; 400 names the field, 409 when signed up as a mentor already, "
					+ "the programme is no longer open, or the caller is no one in IT.")
	@PostMapping("/programmes/{id}/mentors")
	@ResponseStatus(HttpStatus.CREATED)
	SignUpSummary signUpAsMentor(@PathVariable long id, @RequestBody MentorDraft draft) {
		return this.mentoring.signUpAsMentor(id, draft);
	}

	@Operation(summary = "Sign up as a mentee",
			description = "Body {\"goals\": [one to three competency keys], \"note\": a sentence, "
					+ "\"preferredMentorIds\"?: [person ids], \"avoidedMentorIds\"?: [person ids]}. For people in IT "
					+ "while the programme is open; 400 names the field, 409 as for mentors.")
	@PostMapping("/programmes/{id}/mentees")
	@ResponseStatus(HttpStatus.CREATED)
	SignUpSummary signUpAsMentee(@PathVariable long id, @RequestBody MenteeDraft draft) {
		return this.mentoring.signUpAsMentee(id, draft);
	}

	@Operation(summary = "Run the matching of a programme",
			description = "Scores every pair (10 points for each goal of the mentee the mentor offers, 6 for each of "
					+ "their gaps from 360s and partner feedback, 5 when the mentee asked for the mentor; never the "
					+ "mentee themselves, someone in their reporting line or a mentor they avoid) and stores the "
					+ "assignment that gives the most mentees a mentor and, among those, the highest total score, "
					+ "in place of an earlier proposal. Answers with the proposal: pairs with their score and shared "
					+ "competencies, matched, totalScore, and the mentees left unmatched with why (NO_FIT, NO_PLACE, "
					+ "REMOVED). 409 once published.")
	@PostMapping("/programmes/{id}/matching")
	MentoringProposal match(@PathVariable long id) {
		return this.mentoring.match(id);
	}

	@Operation(summary = "Read a programme's proposal, or its published pairs")
	@GetMapping("/programmes/{id}/proposal")
	ResponseEntity<MentoringProposal> proposal(@PathVariable long id) {
		MentoringProposal proposal = this.mentoring.proposal(id);
		return Versions.tagged(proposal, proposal.version());
	}

	@Operation(summary = "Change a pair of the proposal by hand",
			description = "Body {\"menteeId\", \"mentorId\"} gives the mentee that mentor; \"mentorId\": null takes "
					+ "them out. 400 naming mentorId when the mentor has no place left, is in the mentee's reporting "
					+ "line, is the mentee or one they avoid: nothing is stored. If-Match with the proposal's ETag "
					+ "refuses a change over a stale version (412).")
	@PostMapping("/programmes/{id}/pairs")
	ResponseEntity<MentoringProposal> changePair(@PathVariable long id, @RequestBody PairChange change,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		MentoringProposal proposal = this.mentoring.changePair(id,
				new PairChange(change.menteeId(), change.mentorId(), Versions.ifMatch(ifMatch, change.version())));
		return Versions.tagged(proposal, proposal.version());
	}

	@Operation(summary = "Publish a programme's pairs",
			description = "The proposed pairs become mentorships and each mentor and mentee is emailed. 409 when "
					+ "there is no proposal or it is published already; If-Match with the programme's ETag refuses "
					+ "a publication over a stale version (412).")
	@PostMapping("/programmes/{id}/publication")
	ResponseEntity<ProgrammeSummary> publish(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		ProgrammeSummary published = this.mentoring.publish(id, Versions.ifMatch(ifMatch, null));
		return Versions.tagged(published, published.version());
	}

	@Operation(summary = "List the caller's mentoring pairs",
			description = "Published pairs in which the caller is mentor or mentee, the active first, with their "
					+ "sessions.")
	@GetMapping("/pairs")
	List<MentorshipSummary> pairs() {
		return this.mentoring.myPairs();
	}

	@Operation(summary = "Read a mentoring pair with its sessions",
			description = "For its mentor and mentee alone; 404 for anyone else.")
	@GetMapping("/pairs/{id}")
	ResponseEntity<MentorshipSummary> pair(@PathVariable long id) {
		MentorshipSummary pair = this.mentoring.pair(id);
		return Versions.tagged(pair, pair.version());
	}

	@Operation(summary = "Log a session of a pair",
			description = "Body {\"heldOn\": \"2026-05-04\", \"note\"}. For the pair's mentor and mentee; the note "
					+ "is theirs alone. 400 names the field; 409 once the pair has closed.")
	@PostMapping("/pairs/{id}/sessions")
	@ResponseStatus(HttpStatus.CREATED)
	MentorshipSummary logSession(@PathVariable long id, @RequestBody SessionDraft draft) {
		return this.mentoring.logSession(id, draft);
	}

	@Operation(summary = "Close a pair with its outcome",
			description = "Body {\"outcome\"}. For the pair's mentor and mentee; 409 when closed already; If-Match "
					+ "with the pair's ETag refuses a closure over a stale version (412). The programme closes with "
					+ "its last pair.")
	@PostMapping("/pairs/{id}/closure")
	ResponseEntity<MentorshipSummary> closePair(@PathVariable long id, @RequestBody PairClosure closure,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		MentorshipSummary closed = this.mentoring.closePair(id,
				new PairClosure(closure.outcome(), Versions.ifMatch(ifMatch, closure.version())));
		return Versions.tagged(closed, closed.version());
	}

}
