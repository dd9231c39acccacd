package org.rapport.directory;

import java.time.Instant;
import java.util.List;

import org.rapport.shared.AuditableEvent;

/**
 * A person's details changed in the directory.
 *
 * @param personId the person
 * @param name the person's name
 * @param changed the fields that changed
 * @param actor who did it
 * @param occurredAt when it happened
 */
public record PersonUpdated(long personId, String name, List<String> changed, String actor,
		Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "PERSON_UPDATED";
	}

	@Override
	public String target() {
		return "person:" + this.personId;
	}

	@Override
	public String detail() {
		return AuditableEvent.facts("name", this.name, "changed", String.join(", ", this.changed));
	}

}
