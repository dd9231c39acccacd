package org.rapport.surveys;

import java.time.Instant;

import org.rapport.shared.AuditableEvent;

/**
 * A campaign closed: its links no longer take answers.
 *
 * @param campaignId the campaign
 * @param responses how many answered
 * @param actor who closed it, {@code system} when its last day passed
 * @param occurredAt when
 */
public record CampaignClosed(long campaignId, long responses, String actor,
		Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "CAMPAIGN_CLOSED";
	}

	@Override
	public String target() {
		return "campaign:" + this.campaignId;
	}

	@Override
	public String detail() {
		return AuditableEvent.facts("responses", this.responses);
	}

}
