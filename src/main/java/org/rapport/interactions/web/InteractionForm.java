package org.rapport.interactions.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.rapport.interactions.InteractionDraft;
import org.rapport.interactions.InteractionSummary;
import org.rapport.interactions.InteractionType;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form that corrects a touchpoint, over the version it was shown with. Colleagues
 * from IT are named by employee id or email, separated by commas; the rules are the
 * interactions module's, applied to the draft the form makes.
 */
public class InteractionForm {

	private InteractionType type;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate occurredOn;

	private String summary;

	private Integer sentiment;

	private String participantRefs;

	private List<Long> stakeholderIds = new ArrayList<>();

	private String privateNote;

	private Long version;

	/**
	 * The form filled from the touchpoint as it is stored.
	 * @param interaction the touchpoint
	 * @param participantRefs how the form names the people in IT who took part
	 */
	static InteractionForm of(InteractionSummary interaction, String participantRefs) {
		InteractionForm form = new InteractionForm();
		form.type = interaction.type();
		form.occurredOn = interaction.occurredOn();
		form.summary = interaction.summary();
		form.sentiment = interaction.sentiment();
		form.participantRefs = participantRefs;
		form.stakeholderIds = new ArrayList<>(interaction.stakeholderIds());
		form.privateNote = interaction.privateNote();
		form.version = interaction.version();
		return form;
	}

	InteractionDraft draft(List<Long> participantIds) {
		return new InteractionDraft(this.type, this.occurredOn, this.summary, this.sentiment, participantIds,
				this.stakeholderIds, this.privateNote);
	}

	public InteractionType getType() {
		return this.type;
	}

	public void setType(InteractionType type) {
		this.type = type;
	}

	public LocalDate getOccurredOn() {
		return this.occurredOn;
	}

	public void setOccurredOn(LocalDate occurredOn) {
		this.occurredOn = occurredOn;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public Integer getSentiment() {
		return this.sentiment;
	}

	public void setSentiment(Integer sentiment) {
		this.sentiment = sentiment;
	}

	public String getParticipantRefs() {
		return this.participantRefs;
	}

	public void setParticipantRefs(String participantRefs) {
		this.participantRefs = participantRefs;
	}

	public List<Long> getStakeholderIds() {
		return this.stakeholderIds;
	}

	public void setStakeholderIds(List<Long> stakeholderIds) {
		this.stakeholderIds = (stakeholderIds != null) ? stakeholderIds : new ArrayList<>();
	}

	public String getPrivateNote() {
		return this.privateNote;
	}

	public void setPrivateNote(String privateNote) {
		this.privateNote = privateNote;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
