package org.rapport.health;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.rapport.relationships.Viewer;
import org.rapport.shared.Days;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.StateConflictException;
import org.rapport.shared.Text;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An alert as people handle it: acknowledged with a note, snoozed until a day, assigned
 * to someone in IT. What the alert is about (its relationship, type, message and the day
 * it was raised) is written by the recomputations alone, so it is read here but never
 * written; a handling change therefore never overwrites a fresher message, and a
 * recomputation never moves the version that changes are made over.
 */
@Table("health_alert")
class HealthAlert {

	/** The longest acknowledgement note. */
	static final int NOTE_MAX = 1000;

	/** How far ahead an alert may be snoozed, in days. */
	static final int SNOOZE_MAX_DAYS = 90;

	@Id
	private Long id;

	@Version
	private Long version;

	@ReadOnlyProperty
	private Long relationshipId;

	@ReadOnlyProperty
	private AlertType type;

	@ReadOnlyProperty
	private LocalDate raisedOn;

	private String acknowledgedNote;

	private String acknowledgedBy;

	private LocalDateTime acknowledgedAt;

	private LocalDate snoozedUntil;

	private Long assigneeId;

	HealthAlert(Long id, Long version, Long relationshipId, AlertType type, LocalDate raisedOn, String acknowledgedNote,
			String acknowledgedBy, LocalDateTime acknowledgedAt, LocalDate snoozedUntil, Long assigneeId) {
		this.id = id;
		this.version = version;
		this.relationshipId = relationshipId;
		this.type = type;
		this.raisedOn = raisedOn;
		this.acknowledgedNote = acknowledgedNote;
		this.acknowledgedBy = acknowledgedBy;
		this.acknowledgedAt = acknowledgedAt;
		this.snoozedUntil = snoozedUntil;
		this.assigneeId = assigneeId;
	}

	/**
	 * The one rule of who acts on an alert (acknowledges, snoozes, assigns it): the
	 * relationship's owner, the person it is assigned to, and those who steer the
	 * portfolio. Others who see it (participants, leaders of the group) read it.
	 * @param viewer who is looking
	 * @param ownerId the relationship's owner
	 * @param assigneeId whom the alert is assigned to, may be {@code null}
	 * @return whether the viewer may act on it
	 */
	static boolean actionableBy(Viewer viewer, long ownerId, Long assigneeId) {
		return viewer.portfolio() || (viewer.personId() != null
				&& (viewer.personId() == ownerId || viewer.personId().equals(assigneeId)));
	}

	/**
	 * Acknowledges the alert with a note; it stays acknowledged while its condition
	 * holds, and a snooze ends with it. An alert is acknowledged once: a second
	 * acknowledgement, such as one made at the same time by someone else, is refused.
	 */
	void acknowledge(String note, String by, LocalDateTime at) {
		if (this.acknowledgedAt != null) {
			throw new StateConflictException("error.alert.acknowledged", this.acknowledgedBy);
		}
		String stripped = (note != null) ? note.strip() : "";
		if (stripped.isEmpty() || stripped.length() > NOTE_MAX) {
			throw new InvalidInputException("note", "error.alert.note", NOTE_MAX);
		}
		if (Text.hasControl(stripped, true)) {
			throw new InvalidInputException("note", "text.control");
		}
		this.acknowledgedNote = stripped;
		this.acknowledgedBy = by;
		this.acknowledgedAt = at;
		this.snoozedUntil = null;
	}

	/**
	 * Puts the alert aside until a day after today, at most {@link #SNOOZE_MAX_DAYS}
	 * ahead; on that day it is open again. An acknowledged alert is not snoozed.
	 */
	void snooze(LocalDate until, LocalDate today) {
		if (this.acknowledgedAt != null) {
			throw new StateConflictException("error.alert.snooze-acknowledged", this.acknowledgedBy);
		}
		if (until == null) {
			throw new InvalidInputException("until", "error.alert.snooze-until", SNOOZE_MAX_DAYS);
		}
		Days.requireInRange("until", until);
		if (!until.isAfter(today) || until.isAfter(today.plusDays(SNOOZE_MAX_DAYS))) {
			throw new InvalidInputException("until", "error.alert.snooze-until", SNOOZE_MAX_DAYS);
		}
		this.snoozedUntil = until;
	}

	/**
	 * Assigns the alert to a person, who then sees it among their alerts and may act on
	 * it.
	 * @return the person it was assigned to before, or {@code null}
	 */
	Long assign(long personId) {
		Long previous = this.assigneeId;
		this.assigneeId = personId;
		return previous;
	}

	Long getId() {
		return this.id;
	}

	Long getVersion() {
		return this.version;
	}

	long getRelationshipId() {
		return this.relationshipId;
	}

	AlertType getType() {
		return this.type;
	}

	Long getAssigneeId() {
		return this.assigneeId;
	}

	String getAcknowledgedNote() {
		return this.acknowledgedNote;
	}

	LocalDate getSnoozedUntil() {
		return this.snoozedUntil;
	}

}
