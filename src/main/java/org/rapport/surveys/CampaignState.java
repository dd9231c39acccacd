package org.rapport.surveys;

/**
 * Where a campaign is in its life: prepared, sent and taking answers, or closed.
 */
public enum CampaignState {

	DRAFT, OPEN, CLOSED

}
