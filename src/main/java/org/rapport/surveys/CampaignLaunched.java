package org.rapport.surveys;

import java.time.Instant;

import org.rapport.shared.AuditableEvent;

/**
 * A campaign was launched: its invitations exist and their emails are queued.
 *
 * @param campaignId the campaign
 * @param invitations how many were invited
 * @param actor who launched it
 * @param occurredAt when
 */
public record CampaignLaunched(long campaignId, long invitations, String actor,
		Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "CAMPAIGN_LAUNCHED";
	}

	@Override
	public String target() {
		return "campaign:" + this.campaignId;
	}

	@Override
	public String detail() {
		return AuditableEvent.facts("invitations", this.invitations);
	}

}
