package org.rapport.directory;

import java.time.Instant;

import org.rapport.shared.AuditableEvent;

/**
 * A person was added to the directory.
 *
 * @param personId the person
 * @param name the person's name
 * @param actor who did it
 * @param occurredAt when it happened
 */
public record PersonAdded(long personId, String name, String actor, Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "PERSON_CREATED";
	}

	@Override
	public String target() {
		return "person:" + this.personId;
	}

	@Override
	public String detail() {
		return AuditableEvent.facts("name", this.name);
	}

}
