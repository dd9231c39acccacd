package org.rapport.interactions;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A touchpoint on a relationship.
 */
@Table("interactions_interaction")
class Interaction {

	@Id
	private Long id;

	@Version
	private Long version;

	private Long relationshipId;

	private InteractionType type;

	private LocalDate occurredOn;

	private String summary;

	private int sentiment;

	private String privateNote;

	private String loggedBy;

	private LocalDateTime loggedAt;

	@MappedCollection(idColumn = "interaction_id")
	private Set<Participant> participants = new LinkedHashSet<>();

	@MappedCollection(idColumn = "interaction_id")
	private Set<StakeholderMet> stakeholdersMet = new LinkedHashSet<>();

	Interaction(Long id, Long relationshipId, InteractionType type, LocalDate occurredOn, String summary, int sentiment,
			String loggedBy, LocalDateTime loggedAt) {
		this.id = id;
		this.relationshipId = relationshipId;
		this.type = type;
		this.occurredOn = occurredOn;
		this.summary = summary;
		this.sentiment = sentiment;
		this.loggedBy = loggedBy;
		this.loggedAt = loggedAt;
	}

	static Interaction log(long relationshipId, InteractionDraft draft, String loggedBy, LocalDateTime now) {
		Interaction interaction = new Interaction(null, relationshipId, draft.type(), draft.occurredOn(),
				draft.summary().strip(), draft.sentiment(), loggedBy, now);
		interaction.privateNote = draft.privateNote();
		interaction.participants = draft.participantIds()
			.stream()
			.map(Participant::new)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		interaction.stakeholdersMet = draft.stakeholderIds()
			.stream()
			.map(StakeholderMet::new)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		return interaction;
	}

	/**
	 * Corrects the touchpoint to what the draft says; who logged it and when stay.
	 * @param draft the touchpoint as it should be
	 * @param notes whether the corrector reads private notes; one who does not leaves the
	 * note as it is
	 * @return whether anything changed
	 */
	boolean correct(InteractionDraft draft, boolean notes) {
		Set<Participant> participants = draft.participantIds()
			.stream()
			.map(Participant::new)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		Set<StakeholderMet> met = draft.stakeholderIds()
			.stream()
			.map(StakeholderMet::new)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		String summary = draft.summary().strip();
		String note = notes ? draft.privateNote() : this.privateNote;
		if (this.type == draft.type() && this.occurredOn.equals(draft.occurredOn()) && this.summary.equals(summary)
				&& this.sentiment == draft.sentiment() && Objects.equals(this.privateNote, note)
				&& this.participants.equals(participants) && this.stakeholdersMet.equals(met)) {
			return false;
		}
		this.type = draft.type();
		this.occurredOn = draft.occurredOn();
		this.summary = summary;
		this.sentiment = draft.sentiment();
		this.privateNote = note;
		this.participants = participants;
		this.stakeholdersMet = met;
		return true;
	}

	/**
	 * Tells whether a user logged this touchpoint; user names are case-insensitive.
	 */
	boolean loggedBy(String username) {
		return this.loggedBy.equalsIgnoreCase(username);
	}

	Set<Long> participantIds() {
		return this.participants.stream().map(Participant::personId).collect(Collectors.toSet());
	}

	String getLoggedBy() {
		return this.loggedBy;
	}

	InteractionType getType() {
		return this.type;
	}

	LocalDate getOccurredOn() {
		return this.occurredOn;
	}

	int getSentiment() {
		return this.sentiment;
	}

	Long getVersion() {
		return this.version;
	}

	Long getId() {
		return this.id;
	}

	Long getRelationshipId() {
		return this.relationshipId;
	}

	/**
	 * Someone in IT who took part.
	 *
	 * @param personId the person
	 */
	@Table("interactions_participant")
	record Participant(long personId) {
	}

	/**
	 * A stakeholder of the relationship who was met.
	 *
	 * @param stakeholderId the stakeholder
	 */
	@Table("interactions_stakeholder_met")
	record StakeholderMet(long stakeholderId) {
	}

}
