package org.rapport.surveys;

import java.time.Instant;

import org.rapport.shared.AuditableEvent;

/**
 * A campaign was prepared from a template.
 *
 * @param campaignId the campaign
 * @param templateKey its template
 * @param channel attributed review or anonymous pulse
 * @param actor who prepared it
 * @param occurredAt when
 */
public record CampaignCreated(long campaignId, String templateKey, Channel channel, String actor,
		Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "CAMPAIGN_CREATED";
	}

	@Override
	public String target() {
		return "campaign:" + this.campaignId;
	}

	@Override
	public String detail() {
		return AuditableEvent.facts("template", this.templateKey, "channel", this.channel);
	}

}
