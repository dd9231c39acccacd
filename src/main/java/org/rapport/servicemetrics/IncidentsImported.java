package org.rapport.servicemetrics;

import java.time.Instant;

import org.rapport.shared.AuditableEvent;

/**
 * An incident export was imported.
 *
 * @param importId the run
 * @param format the export's format
 * @param created incidents new to Rapport
 * @param updated incidents whose state changed
 * @param unchanged incidents found as they were
 * @param rejected rows left out
 * @param actor who imported it
 * @param occurredAt when
 */
public record IncidentsImported(long importId, String format, int created, int updated, int unchanged, int rejected,
		String actor, Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "INCIDENTS_IMPORTED";
	}

	@Override
	public String target() {
		return "incident-import:" + this.importId;
	}

	@Override
	public String detail() {
		return AuditableEvent.facts("format", this.format, "created", this.created, "updated", this.updated,
				"unchanged", this.unchanged, "rejected", this.rejected);
	}

}
