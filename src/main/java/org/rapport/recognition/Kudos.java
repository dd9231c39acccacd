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
 * Kudos one person in IT gave another: once given, they stand as given.
 */
@Table("recognition_kudos")
class Kudos {

	@Id
	private Long id;

	@Version
	private Long version;

	private Long giverId;

	private Long recipientId;

	private String message;

	private int points;

	private LocalDateTime givenAt;

	private LocalDate givenOn;

	@MappedCollection(idColumn = "kudos_id")
	private Set<Value> values = new LinkedHashSet<>();

	Kudos(Long id, Long giverId, Long recipientId, String message, int points, LocalDateTime givenAt,
			LocalDate givenOn) {
		this.id = id;
		this.giverId = giverId;
		this.recipientId = recipientId;
		this.message = message;
		this.points = points;
		this.givenAt = givenAt;
		this.givenOn = givenOn;
	}

	static Kudos give(long giverId, long recipientId, List<String> values, String message, int points,
			LocalDateTime now) {
		Kudos kudos = new Kudos(null, giverId, recipientId, message, points, now, now.toLocalDate());
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

	int getPoints() {
		return this.points;
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
