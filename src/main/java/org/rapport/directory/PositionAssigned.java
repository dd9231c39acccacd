package org.rapport.directory;

import org.rapport.shared.AuditableEvent;

/**
 * A position in the accountability chain got a new holder.
 *
 * @param position the position
 * @param personId the new holder
 * @param actor who assigned it
 * @param detail a description naming the holder
 */
public record PositionAssigned(Position position, long personId, String actor,
		String detail) implements AuditableEvent {

	@Override
	public String action() {
		return "POSITION_ASSIGNED";
	}

	@Override
	public String target() {
		return "person:" + this.personId;
	}

}
