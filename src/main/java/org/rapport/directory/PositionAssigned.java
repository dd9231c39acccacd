package org.rapport.directory;

import java.time.Instant;

import org.rapport.shared.AuditableEvent;

/**
 * A position in the accountability chain got a new holder.
 *
 * @param position the position
 * @param personId the new holder
 * @param name the holder's name
 * @param actor who did it
 * @param occurredAt when it happened
 */
public record PositionAssigned(Position position, long personId, String name, String actor,
		Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "POSITION_ASSIGNED";
	}

	@Override
	public String target() {
		return "person:" + this.personId;
	}

	@Override
	public String detail() {
		return AuditableEvent.facts("position", this.position, "name", this.name);
	}

}
