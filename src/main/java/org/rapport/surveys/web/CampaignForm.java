package org.rapport.surveys.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.rapport.shared.InvalidInputException;
import org.rapport.surveys.CampaignDraft;
import org.rapport.surveys.Reach;
import org.rapport.surveys.Channel;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The page form that prepares a campaign. Its rules are those of {@link CampaignDraft},
 * checked by the surveys' API for the page and REST alike; the form only turns the
 * reminder days typed as {@code 3, 7} into numbers.
 */
public class CampaignForm {

	private String templateKey = "relationship-pulse";

	private String name;

	private Channel channel = Channel.PULSE;

	private List<Long> relationshipIds = new ArrayList<>();

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate opensOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate closesOn;

	private Integer minimumResponses = CampaignDraft.DEFAULT_MINIMUM;

	private Integer commentMinimum = CampaignDraft.DEFAULT_MINIMUM;

	private String reminderDays = "3, 7";

	private Reach reach = Reach.STAKEHOLDERS;

	CampaignDraft toDraft() {
		List<Integer> days = new ArrayList<>();
		for (String day : (this.reminderDays != null) ? this.reminderDays.split("[,\\s]+") : new String[0]) {
			if (!day.isBlank()) {
				try {
					days.add(Integer.valueOf(day.strip()));
				}
				catch (NumberFormatException ex) {
					throw new InvalidInputException("reminderDays", "error.campaign.reminder-days-typed");
				}
			}
		}
		return new CampaignDraft(this.templateKey, this.name, this.channel, this.relationshipIds, this.opensOn,
				this.closesOn, this.minimumResponses, this.commentMinimum, days, this.reach);
	}

	public String getTemplateKey() {
		return this.templateKey;
	}

	public void setTemplateKey(String templateKey) {
		this.templateKey = templateKey;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Channel getChannel() {
		return this.channel;
	}

	public void setChannel(Channel channel) {
		this.channel = channel;
	}

	public List<Long> getRelationshipIds() {
		return this.relationshipIds;
	}

	public void setRelationshipIds(List<Long> relationshipIds) {
		this.relationshipIds = relationshipIds;
	}

	public LocalDate getOpensOn() {
		return this.opensOn;
	}

	public void setOpensOn(LocalDate opensOn) {
		this.opensOn = opensOn;
	}

	public LocalDate getClosesOn() {
		return this.closesOn;
	}

	public void setClosesOn(LocalDate closesOn) {
		this.closesOn = closesOn;
	}

	public Integer getMinimumResponses() {
		return this.minimumResponses;
	}

	public void setMinimumResponses(Integer minimumResponses) {
		this.minimumResponses = minimumResponses;
	}

	public Integer getCommentMinimum() {
		return this.commentMinimum;
	}

	public void setCommentMinimum(Integer commentMinimum) {
		this.commentMinimum = commentMinimum;
	}

	public String getReminderDays() {
		return this.reminderDays;
	}

	public void setReminderDays(String reminderDays) {
		this.reminderDays = reminderDays;
	}

	public Reach getReach() {
		return this.reach;
	}

	public void setReach(Reach reach) {
		this.reach = reach;
	}

}
