package org.rapport.directory;

import java.time.Instant;

import org.rapport.shared.AuditableEvent;

/**
 * An organisation unit was created.
 *
 * @param unitId the unit
 * @param name its name
 * @param kind its kind
 * @param actor who did it
 * @param occurredAt when it happened
 */
public record OrgUnitCreated(long unitId, String name, UnitKind kind, String actor,
		Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "UNIT_CREATED";
	}

	@Override
	public String target() {
		return "unit:" + this.unitId;
	}

	@Override
	public String detail() {
		return AuditableEvent.facts("name", this.name, "kind", this.kind);
	}

}
