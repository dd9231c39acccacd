package org.rapport.directory;

import org.rapport.shared.AuditableEvent;

/**
 * A CSV import of people and units finished and its changes were stored.
 *
 * @param runId the import run
 * @param actor who ran it
 * @param detail the counts
 */
public record PeopleImported(long runId, String actor, String detail) implements AuditableEvent {

	@Override
	public String action() {
		return "PEOPLE_IMPORTED";
	}

	@Override
	public String target() {
		return "import:" + this.runId;
	}

}
