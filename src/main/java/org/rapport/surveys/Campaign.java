package org.rapport.surveys;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.rapport.shared.StateConflictException;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A survey sent from a template to an audience over a period, and the rules of its life:
 * prepared, launched once, closed once.
 */
@Table("surveys_campaign")
class Campaign {

	@Id
	private Long id;

	@Version
	private Long version;

	private Long templateId;

	private String name;

	private Channel channel;

	private CampaignState state;

	private LocalDate opensOn;

	private LocalDate closesOn;

	private int minimumResponses;

	private int commentMinimum;

	private String reminderDays;

	private Reach reach;

	private Instant createdAt;

	private String createdBy;

	private Instant launchedAt;

	private Instant closedAt;

	@MappedCollection(idColumn = "campaign_id")
	private Set<CampaignRelationship> relationships = new HashSet<>();

	static Campaign prepare(long templateId, String name, Channel channel, Set<Long> relationshipIds, LocalDate opensOn,
			LocalDate closesOn, int minimumResponses, int commentMinimum, List<Integer> reminderDays, Reach reach,
			String createdBy, Instant now) {
		Campaign campaign = new Campaign();
		campaign.templateId = templateId;
		campaign.name = name;
		campaign.channel = channel;
		campaign.state = CampaignState.DRAFT;
		campaign.opensOn = opensOn;
		campaign.closesOn = closesOn;
		campaign.minimumResponses = minimumResponses;
		campaign.commentMinimum = commentMinimum;
		campaign.reminderDays = reminderDays.stream()
			.sorted()
			.distinct()
			.map(String::valueOf)
			.collect(Collectors.joining(","));
		campaign.reach = reach;
		campaign.createdBy = createdBy;
		campaign.createdAt = now;
		relationshipIds.forEach((id) -> campaign.relationships.add(new CampaignRelationship(id)));
		return campaign;
	}

	/**
	 * Opens the campaign for answers.
	 * @param at now
	 * @throws StateConflictException when it was launched before
	 */
	void launch(Instant at) {
		if (this.state != CampaignState.DRAFT) {
			throw new StateConflictException("error.campaign.launched", this.name);
		}
		this.state = CampaignState.OPEN;
		this.launchedAt = at;
	}

	/**
	 * Stops taking answers; its invitations expire.
	 * @param at now
	 * @throws StateConflictException when it is not open
	 */
	void close(Instant at) {
		if (this.state != CampaignState.OPEN) {
			throw new StateConflictException("error.campaign.not-open", this.name);
		}
		this.state = CampaignState.CLOSED;
		this.closedAt = at;
	}

	/**
	 * Records the campaign as held earlier, from responses imported into it: it is never
	 * launched, and its dates become those of its responses.
	 * @param from the first day of its responses
	 * @param to the last day of its responses
	 * @param at now
	 * @throws StateConflictException when it was launched
	 */
	void record(LocalDate from, LocalDate to, Instant at) {
		if (this.state != CampaignState.DRAFT) {
			throw new StateConflictException("error.campaign.import-launched", this.name);
		}
		this.state = CampaignState.CLOSED;
		this.opensOn = from;
		this.closesOn = to;
		this.closedAt = at;
	}

	/**
	 * Whether answers are taken on a day.
	 * @param today the day
	 * @return whether it is open and the day falls within its dates
	 */
	boolean takesAnswersOn(LocalDate today) {
		return this.state == CampaignState.OPEN && !today.isBefore(this.opensOn) && !today.isAfter(this.closesOn);
	}

	static List<Integer> reminderDays(String days) {
		return (days == null || days.isBlank()) ? List.of()
				: Arrays.stream(days.split(",")).map(String::strip).map(Integer::valueOf).toList();
	}

	Long getId() {
		return this.id;
	}

	Long getVersion() {
		return this.version;
	}

	Long getTemplateId() {
		return this.templateId;
	}

	String getName() {
		return this.name;
	}

	Channel getChannel() {
		return this.channel;
	}

	CampaignState getState() {
		return this.state;
	}

	LocalDate getOpensOn() {
		return this.opensOn;
	}

	LocalDate getClosesOn() {
		return this.closesOn;
	}

	int getMinimumResponses() {
		return this.minimumResponses;
	}

	int getCommentMinimum() {
		return this.commentMinimum;
	}

	String getReminderDays() {
		return this.reminderDays;
	}

	Reach getReach() {
		return this.reach;
	}

	Instant getLaunchedAt() {
		return this.launchedAt;
	}

	Set<Long> relationshipIds() {
		return this.relationships.stream().map(CampaignRelationship::relationshipId).collect(Collectors.toSet());
	}

	@Table("surveys_campaign_relationship")
	record CampaignRelationship(long relationshipId) {
	}

}
