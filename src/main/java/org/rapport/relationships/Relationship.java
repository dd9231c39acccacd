package org.rapport.relationships;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.rapport.directory.UnitKind;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A relationship between an IT group and its counterpart, with one accountable owner.
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
