package org.rapport.directory;

import java.time.Instant;

import org.rapport.shared.AuditableEvent;

/**
 * A CSV import of people and units finished and its changes were stored.
 *
 * @param runId the import run
 * @param rows how many rows the file had
 * @param created people created
 * @param updated people changed
 * @param unchanged people already up to date
 * @param rejected rows refused
 * @param actor who did it
 * @param occurredAt when it happened
 */
public record PeopleImported(long runId, int rows, int created, int updated, int unchanged, int rejected, String actor,
		Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "PEOPLE_IMPORTED";
	}

	@Override
	public String target() {
		return "import:" + this.runId;
	}

	@Override
	public String detail() {
		return AuditableEvent.facts("rows", this.rows, "created", this.created, "updated", this.updated, "unchanged",
				this.unchanged, "rejected", this.rejected);
	}

}
