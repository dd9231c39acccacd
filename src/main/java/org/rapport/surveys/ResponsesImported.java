package org.rapport.surveys;

import java.time.Instant;

import org.rapport.shared.AuditableEvent;

/**
 * Past results were imported into a campaign, which is now recorded as held.
 *
 * @param campaignId the campaign
 * @param imported how many responses were stored
 * @param rejected how many rows were left out
 * @param actor who imported them
 * @param occurredAt when
 */
public record ResponsesImported(long campaignId, int imported, int rejected, String actor,
		Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "SURVEY_RESPONSES_IMPORTED";
	}

	@Override
	public String target() {
		return "campaign:" + this.campaignId;
	}

	@Override
	public String detail() {
		return AuditableEvent.facts("imported", this.imported, "rejected", this.rejected);
	}

}
