package org.rapport.recognition;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Kudos one person in IT gave another, or praise a partner sent a person in IT or an IT
 * group: once given, they stand as given.
 */
@Table("recognition_kudos")
class Kudos {

	@Id
	private Long id;

	@Version
	private Long version;

	private KudosSource source;

	private Long giverId;

	private String partnerName;

	private Long counterpartId;

	private Long relationshipId;

	private Long recipientId;

	private Long recipientUnitId;

	private String message;

	private int points;

	private KudosState state;

	private LocalDateTime givenAt;

	private LocalDate givenOn;

	@MappedCollection(idColumn = "kudos_id")
	private Set<Value> values = new LinkedHashSet<>();

	Kudos(Long id, KudosSource source, Long giverId, String partnerName, Long counterpartId, Long relationshipId,
			Long recipientId, Long recipientUnitId, String message, int points, KudosState state, LocalDateTime givenAt,
			LocalDate givenOn) {
		this.state = state;
		this.id = id;
		this.source = source;
		this.giverId = giverId;
		this.partnerName = partnerName;
		this.counterpartId = counterpartId;
		this.relationshipId = relationshipId;
		this.recipientId = recipientId;
		this.recipientUnitId = recipientUnitId;
		this.message = message;
		this.points = points;
		this.givenAt = givenAt;
		this.givenOn = givenOn;
	}

	static Kudos give(long giverId, long recipientId, List<String> values, String message, int points, KudosState state,
			LocalDateTime now) {
		return tagged(new Kudos(null, KudosSource.COLLEAGUE, giverId, null, null, null, recipientId, null, message,
				points, state, now, now.toLocalDate()), values);
	}

	/**
	 * Praise from a partner of a relationship, to a person in IT or to an IT group.
	 */
	static Kudos praise(String partnerName, long counterpartId, long relationshipId, Long recipientId,
			Long recipientUnitId, List<String> values, String message, LocalDateTime now) {
		return tagged(new Kudos(null, KudosSource.PARTNER, null, partnerName, counterpartId, relationshipId,
				recipientId, recipientUnitId, message, 0, KudosState.GIVEN, now, now.toLocalDate()), values);
	}

	private static Kudos tagged(Kudos kudos, List<String> values) {
		values.forEach((value) -> kudos.values.add(new Value(value)));
		return kudos;
	}

	Long getId() {
		return this.id;
	}

	Long getGiverId() {
		return this.giverId;
	}

	Long getRecipientId() {
		return this.recipientId;
	}

	Long getRecipientUnitId() {
		return this.recipientUnitId;
	}

	Long getRelationshipId() {
		return this.relationshipId;
	}

	int getPoints() {
		return this.points;
	}

	KudosState getState() {
		return this.state;
	}

	LocalDate getGivenOn() {
		return this.givenOn;
	}

	List<String> valueKeys() {
		return this.values.stream().map(Value::valueKey).toList();
	}

	/**
	 * A relationship value the kudos are tagged with.
	 *
	 * @param valueKey the value's key
	 */
	@Table("recognition_kudos_value")
	record Value(String valueKey) {
	}

}
