package org.rapport.directory;

import org.rapport.shared.AuditableEvent;

/**
 * A person was created or changed in the directory.
 *
 * @param personId the person's id
 * @param created whether the person is new
 * @param actor who made the change
 * @param detail what changed
 */
public record PersonChanged(long personId, boolean created, String actor, String detail) implements AuditableEvent {

	@Override
	public String action() {
		return this.created ? "PERSON_CREATED" : "PERSON_UPDATED";
	}

	@Override
	public String target() {
		return "person:" + this.personId;
	}

}
