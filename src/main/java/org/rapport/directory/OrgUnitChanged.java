package org.rapport.directory;

import org.rapport.shared.AuditableEvent;

/**
 * An organisation unit was created or changed.
 *
 * @param unitId the unit's id
 * @param created whether the unit is new
 * @param actor who made the change
 * @param detail what changed
 */
public record OrgUnitChanged(long unitId, boolean created, String actor, String detail) implements AuditableEvent {

	@Override
	public String action() {
		return this.created ? "UNIT_CREATED" : "UNIT_UPDATED";
	}

	@Override
	public String target() {
		return "unit:" + this.unitId;
	}

}
