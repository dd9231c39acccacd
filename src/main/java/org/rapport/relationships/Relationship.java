package org.rapport.relationships;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.rapport.directory.UnitKind;
import org.rapport.shared.StateConflictException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A relationship between an IT group and its counterpart, with one accountable owner. It
 * is active until it ends, with a reason; an ended relationship keeps its record, takes
 * nothing new and may be reopened.
 */
@Table("relationships_relationship")
class Relationship {

	@Id
	private Long id;

	@Version
	private Long version;

	private Long itGroupId;

	private Long counterpartId;

	private UnitKind kind;

	private Long ownerId;

	private Tier tier;

	private LocalDate lastContactOn;

	private LocalDateTime createdAt;

	private LocalDateTime updatedAt;

	private LocalDateTime endedAt;

	private String endedBy;

	private String endReason;

	@MappedCollection(idColumn = "relationship_id")
	private Set<Participant> participants = new LinkedHashSet<>();

	Relationship(Long id, Long itGroupId, Long counterpartId, UnitKind kind, Long ownerId, Tier tier,
			LocalDateTime createdAt, LocalDateTime updatedAt) {
		this.id = id;
		this.itGroupId = itGroupId;
		this.counterpartId = counterpartId;
		this.kind = kind;
		this.ownerId = ownerId;
		this.tier = tier;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
	}

	static Relationship establish(long itGroupId, long counterpartId, UnitKind kind, long ownerId, Tier tier,
			List<Long> participantIds, LocalDateTime now) {
		Relationship relationship = new Relationship(null, itGroupId, counterpartId, kind, ownerId, tier, now, now);
		relationship.takePart(participantIds);
		return relationship;
	}

	/**
	 * Gives the relationship a new owner, who stops being a mere participant.
	 * @return the previous owner
	 */
	long reassign(long ownerId, LocalDateTime now) {
		long previous = this.ownerId;
		this.ownerId = ownerId;
		this.participants.removeIf((participant) -> participant.personId() == ownerId);
		this.updatedAt = now;
		return previous;
	}

	void change(Tier tier, List<Long> participantIds, LocalDateTime now) {
		this.tier = tier;
		takePart(participantIds);
		this.updatedAt = now;
	}

	private void takePart(List<Long> participantIds) {
		this.participants = participantIds.stream()
			.filter((personId) -> !personId.equals(this.ownerId))
			.map(Participant::new)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/**
	 * Notes that one of its stakeholders changed or left. Saving the relationship then
	 * moves its version, so that a change made over the version before is refused.
	 */
	void stakeholdersChanged(LocalDateTime now) {
		this.updatedAt = now;
	}

	/**
	 * Notes real contact on a day; the latest day counts, whatever order contacts are
	 * logged in.
	 * @return whether the last contact moved
	 */
	boolean contactedOn(LocalDate day) {
		if (this.lastContactOn != null && !day.isAfter(this.lastContactOn)) {
			return false;
		}
		this.lastContactOn = day;
		return true;
	}

	/**
	 * Sets the last contact to the latest touchpoint left after one was corrected or
	 * deleted: it may move back, or to none.
	 * @return whether the last contact moved
	 */
	boolean contactCorrectedTo(LocalDate day) {
		if (Objects.equals(day, this.lastContactOn)) {
			return false;
		}
		this.lastContactOn = day;
		return true;
	}

	/**
	 * Ends the relationship: it leaves the active portfolio and takes nothing new until
	 * it is reopened.
	 * @param reason why it ends, checked by the caller
	 * @param now the moment it ends
	 * @param by who ends it
	 * @throws StateConflictException when it has ended already
	 */
	void end(String reason, LocalDateTime now, String by) {
		if (this.endedAt != null) {
			throw new StateConflictException("error.relationship.ended-already", this.endedBy);
		}
		this.endedAt = now;
		this.endedBy = by;
		this.endReason = reason;
		this.updatedAt = now;
	}

	/**
	 * Reopens an ended relationship: it is back in the active portfolio.
	 * @param now the moment it is reopened
	 * @throws StateConflictException when it has not ended
	 */
	void reopen(LocalDateTime now) {
		if (this.endedAt == null) {
			throw new StateConflictException("error.relationship.not-ended");
		}
		this.endedAt = null;
		this.endedBy = null;
		this.endReason = null;
		this.updatedAt = now;
	}

	/**
	 * Fails when the relationship has ended, for every change that records something new
	 * on it.
	 * @throws RelationshipEndedException when it has ended
	 */
	void requireActive() {
		if (this.endedAt != null) {
			throw new RelationshipEndedException(this.id, this.endedAt.toLocalDate());
		}
	}

	boolean involves(Long personId) {
		return personId != null && (personId.equals(this.ownerId) || participantIds().contains(personId));
	}

	Long getVersion() {
		return this.version;
	}

	Long getId() {
		return this.id;
	}

	Long getItGroupId() {
		return this.itGroupId;
	}

	Long getCounterpartId() {
		return this.counterpartId;
	}

	Long getOwnerId() {
		return this.ownerId;
	}

	Tier getTier() {
		return this.tier;
	}

	LocalDateTime getEndedAt() {
		return this.endedAt;
	}

	String getEndReason() {
		return this.endReason;
	}

	Set<Long> participantIds() {
		return this.participants.stream().map(Participant::personId).collect(Collectors.toSet());
	}

	/**
	 * Someone in IT who takes part in the relationship besides its owner.
	 *
	 * @param personId the person
	 */
	@Table("relationships_participant")
	record Participant(long personId) {
	}

}
