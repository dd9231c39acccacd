package org.rapport.relationships.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.rapport.directory.UnitKind;
import org.rapport.relationships.ClosureDraft;
import org.rapport.relationships.MaturityDetails;
import org.rapport.relationships.MaturityDraft;
import org.rapport.relationships.RelationshipDraft;
import org.rapport.relationships.RelationshipFilter;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipStanding;
import org.rapport.relationships.RelationshipStandings;
import org.rapport.relationships.RelationshipSummary;
import org.rapport.relationships.StakeholderDraft;
import org.rapport.relationships.StakeholderSummary;
import org.rapport.relationships.Tier;
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
 * Relationships, their stakeholders and their maturity over REST, and ending and
 * reopening relationships ({@code POST} and {@code DELETE} of their {@code closure}).
 */
@RestController
@RequestMapping("/api/v1/relationships")
@Tag(name = "Relationships")
class RelationshipApiController {

	private final RelationshipManagement relationships;

	private final RelationshipStandings standings;

	RelationshipApiController(RelationshipManagement relationships, RelationshipStandings standings) {
		this.relationships = relationships;
		this.standings = standings;
	}

	/**
	 * A page of the relationships the caller may read, each with its health score and
	 * band: the active ones unless {@code state} asks for the ended ones or all.
	 */
	@Operation(summary = "List the relationships the caller may read, with their health",
			description = "Active relationships unless state says ended or all. Keyset pages of 1 to 200.")
	@GetMapping
	KeysetPage<ListedRelationship> relationships(@RequestParam(required = false) UnitKind kind,
			@RequestParam(required = false) Tier tier, @RequestParam(required = false) Long owner,
			@RequestParam(required = false) Long itGroup, @RequestParam(required = false) String state,
			@RequestParam(required = false) String after, @RequestParam(required = false) Integer size) {
		KeysetPage<RelationshipSummary> page = this.relationships.relationships(
				new RelationshipFilter(kind, tier, owner, itGroup, RelationshipFilter.State.of(state)), after, size);
		Map<Long, RelationshipStanding> standing = this.standings
			.of(page.items().stream().map(RelationshipSummary::id).toList());
		return page.map((relationship) -> ListedRelationship.of(relationship, standing.get(relationship.id())));
	}

	@Operation(summary = "Establish a relationship with an owner in IT")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	RelationshipSummary establish(@Valid @RequestBody RelationshipDraft draft) {
		return this.relationships.establish(draft);
	}

	@Operation(summary = "Read one relationship")
	@GetMapping("/{id}")
	ResponseEntity<RelationshipSummary> relationship(@PathVariable long id) {
		RelationshipSummary relationship = this.relationships.relationship(id);
		return Versions.tagged(relationship, relationship.version());
	}

	/**
	 * Changes a relationship. {@code If-Match} with its {@code ETag} (or {@code version}
	 * in the body) makes the change refuse when someone changed it meanwhile.
	 */
	@Operation(summary = "Change a relationship: owner, tier, participants")
	@PutMapping("/{id}")
	ResponseEntity<RelationshipSummary> change(@PathVariable long id, @Valid @RequestBody RelationshipDraft draft,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		RelationshipSummary changed = this.relationships.change(id,
				draft.over(Versions.ifMatch(ifMatch, draft.version())));
		return Versions.tagged(changed, changed.version());
	}

	/**
	 * Ends a relationship with a reason. {@code If-Match} with its {@code ETag} makes the
	 * ending refuse when someone changed it meanwhile.
	 */
	@Operation(summary = "End a relationship, with the reason",
			description = "The reason is required, up to 500 characters. The relationship leaves the active portfolio "
					+ "and takes nothing new until it is reopened; an ended relationship answers 409.")
	@PostMapping("/{id}/closure")
	ResponseEntity<RelationshipSummary> end(@PathVariable long id, @Valid @RequestBody ClosureDraft draft,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		RelationshipSummary ended = this.relationships.end(id, draft, Versions.ifMatch(ifMatch, null));
		return Versions.tagged(ended, ended.version());
	}

	/**
	 * Reopens an ended relationship. {@code If-Match} with its {@code ETag} makes the
	 * reopening refuse when someone changed it meanwhile.
	 */
	@Operation(summary = "Reopen an ended relationship",
			description = "The relationship is back in the active portfolio; one that has not ended answers 409.")
	@DeleteMapping("/{id}/closure")
	ResponseEntity<RelationshipSummary> reopen(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		RelationshipSummary reopened = this.relationships.reopen(id, Versions.ifMatch(ifMatch, null));
		return Versions.tagged(reopened, reopened.version());
	}

	@Operation(summary = "List a relationship's stakeholders")
	@GetMapping("/{id}/stakeholders")
	KeysetPage<StakeholderSummary> stakeholders(@PathVariable long id, @RequestParam(required = false) String after,
			@RequestParam(required = false) Integer size) {
		return this.relationships.stakeholders(id, after, size);
	}

	@Operation(summary = "Add a stakeholder on the counterpart side")
	@PostMapping("/{id}/stakeholders")
	@ResponseStatus(HttpStatus.CREATED)
	StakeholderSummary addStakeholder(@PathVariable long id, @Valid @RequestBody StakeholderDraft draft) {
		return this.relationships.addStakeholder(id, draft);
	}

	/**
	 * Changes a stakeholder's role, influence, interest, stance and IT contact; who the
	 * stakeholder is stays. {@code If-Match} with the relationship's {@code ETag} makes
	 * the change refuse when someone changed the relationship meanwhile.
	 */
	@Operation(summary = "Change a stakeholder's role, influence, interest, stance or IT contact")
	@PutMapping("/{id}/stakeholders/{stakeholderId}")
	ResponseEntity<StakeholderSummary> changeStakeholder(@PathVariable long id, @PathVariable long stakeholderId,
			@Valid @RequestBody StakeholderDraft draft,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		StakeholderSummary changed = this.relationships.changeStakeholder(id, stakeholderId, draft,
				Versions.ifMatch(ifMatch, null));
		return Versions.tagged(changed, this.relationships.relationship(id).version());
	}

	/**
	 * Removes a stakeholder. {@code If-Match} with the relationship's {@code ETag} makes
	 * the removal refuse when someone changed the relationship meanwhile.
	 */
	@Operation(summary = "Remove a stakeholder")
	@DeleteMapping("/{id}/stakeholders/{stakeholderId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeStakeholder(@PathVariable long id, @PathVariable long stakeholderId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		this.relationships.removeStakeholder(id, stakeholderId, Versions.ifMatch(ifMatch, null));
	}

	@Operation(summary = "Read the relationship's maturity from both sides over time")
	@GetMapping("/{id}/maturity")
	MaturityDetails maturity(@PathVariable long id) {
		return this.relationships.maturity(id);
	}

	@Operation(summary = "Record one side's view of the relationship's maturity")
	@PostMapping("/{id}/maturity")
	@ResponseStatus(HttpStatus.CREATED)
	MaturityDetails assessMaturity(@PathVariable long id, @Valid @RequestBody MaturityDraft draft) {
		return this.relationships.assessMaturity(id, draft);
	}

}
