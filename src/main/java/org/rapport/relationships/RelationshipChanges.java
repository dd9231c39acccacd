package org.rapport.relationships;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;

import org.rapport.directory.OrgUnitSummary;
import org.rapport.directory.PersonSummary;
import org.rapport.directory.UnitKind;
import org.rapport.shared.Actor;
import org.rapport.shared.AlreadyExistsException;
import org.rapport.shared.Drafts;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.StaleVersionException;
import org.rapport.shared.Text;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Establishes relationships and changes them: their owner, with the owners over time,
 * their tier, their participants and their last contact; ends and reopens them. Each
 * change publishes one event per fact. The caller has checked that the relationship may
 * be changed.
 */
@Component
class RelationshipChanges {

	private final RelationshipRepository relationships;

	private final RelationshipAccess access;

	private final DirectoryLookup lookup;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RelationshipChanges(RelationshipRepository relationships, RelationshipAccess access, DirectoryLookup lookup,
			JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.relationships = relationships;
		this.access = access;
		this.lookup = lookup;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Establishes a relationship with its first owner.
	 * @return the new relationship's id
	 */
	long establish(RelationshipDraft draft) {
		return establish(draft, LocalDateTime.now(this.clock));
	}

	/**
	 * Establishes a relationship with its first owner at a given moment: now, or in the
	 * past for an organisation's history.
	 * @return the new relationship's id
	 */
	long establish(RelationshipDraft draft, LocalDateTime at) {
		OrgUnitSummary group = this.lookup.unit("itGroupId", draft.itGroupId());
		if (group.kind() != UnitKind.IT_GROUP) {
			throw new InvalidInputException("itGroupId", "error.relationship.not-an-it-group", group.name());
		}
		OrgUnitSummary counterpart = this.lookup.unit("counterpartId", draft.counterpartId());
		if (counterpart.id() == group.id()) {
			throw new InvalidInputException("counterpartId", "error.relationship.with-itself");
		}
		Relationship existing = this.relationships.findByItGroupIdAndCounterpartId(group.id(), counterpart.id())
			.orElse(null);
		if (existing != null && existing.getEndedAt() != null) {
			// The pair's history stays with the relationship it had; it is reopened, not
			// established again.
			throw new AlreadyExistsException("counterpartId", "error.relationship.already-exists-ended", group.name(),
					counterpart.name(), Date.from(existing.getEndedAt().atZone(ZoneId.systemDefault()).toInstant()));
		}
		if (existing != null) {
			throw new AlreadyExistsException("counterpartId", "error.relationship.already-exists", group.name(),
					counterpart.name());
		}
		PersonSummary owner = this.lookup.inIt("ownerId", draft.ownerId());
		draft.participantIds().forEach((personId) -> this.lookup.inIt("participantIds", personId));
		Relationship relationship;
		try {
			relationship = this.relationships.save(Relationship.establish(group.id(), counterpart.id(),
					counterpart.kind(), owner.id(), draft.tier(), draft.participantIds(), at));
		}
		catch (DuplicateKeyException ex) {
			// Another request established the same relationship first.
			AlreadyExistsException refused = new AlreadyExistsException("counterpartId",
					"error.relationship.already-exists", group.name(), counterpart.name());
			refused.initCause(ex);
			throw refused;
		}
		recordOwner(relationship.getId(), owner.id(), null, at);
		this.events.publishEvent(new RelationshipEstablished(relationship.getId(), group.id(), counterpart.id(),
				owner.id(), draft.tier(), group.name(), counterpart.name(), owner.name(), Actor.current(),
				at.atZone(this.clock.getZone()).toInstant()));
		return relationship.getId();
	}

	/**
	 * Changes a relationship's owner, tier and participants; its two sides stay.
	 */
	void change(Relationship relationship, RelationshipDraft draft) {
		long id = relationship.getId();
		StaleVersionException.check("Relationship", id, draft.version(), relationship.getVersion());
		if (!relationship.getItGroupId().equals(draft.itGroupId())) {
			throw new InvalidInputException("itGroupId", "error.relationship.it-group-fixed");
		}
		if (!relationship.getCounterpartId().equals(draft.counterpartId())) {
			throw new InvalidInputException("counterpartId", "error.relationship.counterpart-fixed");
		}
		if (!relationship.getOwnerId().equals(draft.ownerId())) {
			reassign(relationship, draft.ownerId());
		}
		draft.participantIds().forEach((personId) -> this.lookup.inIt("participantIds", personId));
		Tier previousTier = relationship.getTier();
		Set<Long> previousParticipants = Set.copyOf(relationship.participantIds());
		if (previousTier != draft.tier()
				|| !previousParticipants.equals(participantsWithoutOwner(draft, relationship))) {
			relationship.change(draft.tier(), draft.participantIds(), LocalDateTime.now(this.clock));
			Instant now = this.clock.instant();
			if (previousTier != draft.tier()) {
				this.events.publishEvent(new TierChanged(id, draft.tier(), previousTier, Actor.current(), now));
			}
			relationship.participantIds()
				.stream()
				.filter((person) -> !previousParticipants.contains(person))
				.sorted()
				.forEach((person) -> this.events.publishEvent(new ParticipantAdded(id, person, Actor.current(), now)));
			previousParticipants.stream()
				.filter((person) -> !relationship.participantIds().contains(person))
				.sorted()
				.forEach(
						(person) -> this.events.publishEvent(new ParticipantRemoved(id, person, Actor.current(), now)));
		}
		this.relationships.save(relationship);
	}

	/**
	 * Ends a relationship with a reason, over the version the caller saw.
	 * @param version the version the caller ended it over, or {@code null}
	 */
	void end(Relationship relationship, ClosureDraft draft, Long version) {
		long id = relationship.getId();
		StaleVersionException.check("Relationship", id, version, relationship.getVersion());
		Drafts.check(draft);
		if (Text.hasControl(draft.reason(), true)) {
			throw new InvalidInputException("reason", "text.control");
		}
		String reason = draft.reason().strip();
		relationship.end(reason, LocalDateTime.now(this.clock), Actor.current());
		// The versioned update refuses an ending that lost the race to another change.
		this.relationships.save(relationship);
		this.events.publishEvent(new RelationshipEnded(id, reason, Actor.current(), this.clock.instant()));
	}

	/**
	 * Reopens an ended relationship, over the version the caller saw.
	 * @param version the version the caller reopened it over, or {@code null}
	 */
	void reopen(Relationship relationship, Long version) {
		long id = relationship.getId();
		StaleVersionException.check("Relationship", id, version, relationship.getVersion());
		LocalDateTime endedAt = relationship.getEndedAt();
		String reason = relationship.getEndReason();
		relationship.reopen(LocalDateTime.now(this.clock));
		this.relationships.save(relationship);
		this.events.publishEvent(
				new RelationshipReopened(id, endedAt.toLocalDate(), reason, Actor.current(), this.clock.instant()));
	}

	/**
	 * Notes real contact on a day; the latest day counts.
	 */
	void recordContact(Relationship relationship, LocalDate day) {
		if (relationship.contactedOn(day)) {
			this.relationships.save(relationship);
		}
	}

	/**
	 * Sets the last contact to the latest touchpoint left, which may be earlier or none.
	 */
	void correctContact(Relationship relationship, LocalDate day) {
		if (relationship.contactCorrectedTo(day)) {
			this.relationships.save(relationship);
		}
	}

	private void reassign(Relationship relationship, Long ownerId) {
		if (!this.access.viewer().portfolio()) {
			throw new AccessDeniedException("Only the head of relationship management reassigns owners");
		}
		reassign(relationship, ownerId, LocalDateTime.now(this.clock));
	}

	/**
	 * Hands a relationship over to another owner at a given moment, and saves it.
	 */
	void handOver(Relationship relationship, long ownerId, LocalDateTime at) {
		reassign(relationship, ownerId, at);
		this.relationships.save(relationship);
	}

	private void reassign(Relationship relationship, Long ownerId, LocalDateTime at) {
		long id = relationship.getId();
		PersonSummary owner = this.lookup.inIt("ownerId", ownerId);
		long previous = relationship.reassign(owner.id(), at);
		recordOwner(id, owner.id(), previous, at);
		this.events.publishEvent(new OwnerReassigned(id, owner.id(), previous, owner.name(), this.lookup.name(previous),
				Actor.current(), at.atZone(this.clock.getZone()).toInstant()));
	}

	private void recordOwner(long relationshipId, long ownerId, Long previousOwnerId, LocalDateTime at) {
		this.jdbc
			.sql("""
					insert into relationships_owner_change (relationship_id, owner_id, previous_owner_id, changed_at, changed_by)
					values (:id, :owner, :previous, :at, :by)
					""")
			.param("id", relationshipId)
			.param("owner", ownerId)
			.param("previous", previousOwnerId)
			.param("at", at)
			.param("by", Actor.current())
			.update();
	}

	private static Set<Long> participantsWithoutOwner(RelationshipDraft draft, Relationship relationship) {
		Set<Long> ids = new HashSet<>(draft.participantIds());
		ids.remove(relationship.getOwnerId());
		return ids;
	}

}
