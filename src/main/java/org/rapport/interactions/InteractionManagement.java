package org.rapport.interactions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.PersonSummary;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.StakeholderSummary;
import org.rapport.shared.Actor;
import org.rapport.shared.Cursor;
import org.rapport.shared.Days;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.KeysetPage;
import org.rapport.shared.NotFoundException;
import org.rapport.shared.StaleVersionException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The interactions' API: log a touchpoint on a relationship, correct or delete it, and
 * read its timeline. Whoever may change a relationship logs on it, while it has not
 * ended; whoever logged a touchpoint, and the relationship's owner, correct and delete it
 * while they may change the relationship; whoever may read it reads the timeline, ended
 * or not. An ended relationship's past touchpoints may still be loaded by an
 * administrator, as history.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class InteractionManagement {

	private final InteractionRepository interactions;

	private final InteractionQueries queries;

	private final RelationshipManagement relationships;

	private final DirectoryManagement directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final InteractionHistory history;

	InteractionManagement(InteractionRepository interactions, InteractionQueries queries,
			RelationshipManagement relationships, DirectoryManagement directory, ApplicationEventPublisher events,
			Clock clock, InteractionHistory history) {
		this.history = history;
		this.interactions = interactions;
		this.queries = queries;
		this.relationships = relationships;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A relationship's interactions, newest first.
	 * @param relationshipId the relationship
	 * @param after the cursor of the page before, or {@code null}
	 * @param size the page size
	 * @return one page of the timeline
	 */
	public KeysetPage<InteractionSummary> timeline(long relationshipId, String after, Integer size) {
		this.relationships.requireReadable(relationshipId);
		return this.queries.timeline(relationshipId, Cursor.decode(after), Cursor.pageSize(size),
				reader(relationshipId));
	}

	/**
	 * One touchpoint.
	 * @param id the interaction
	 * @return the touchpoint, as the caller may see it
	 * @throws NotFoundException when there is no such touchpoint or the caller may not
	 * read its relationship
	 */
	public InteractionSummary interaction(long id) {
		Interaction interaction = readable(id);
		return this.queries.interaction(id, reader(interaction.getRelationshipId()));
	}

	/**
	 * Tells whether an interaction was logged on a relationship.
	 * @param interactionId the interaction
	 * @param relationshipId the relationship
	 * @return {@code true} when the interaction belongs to the relationship
	 * @throws org.rapport.shared.NotFoundException when the caller may not read the
	 * relationship
	 */
	public boolean isOn(long interactionId, long relationshipId) {
		this.relationships.requireReadable(relationshipId);
		return this.interactions.findById(interactionId)
			.map((interaction) -> interaction.getRelationshipId().equals(relationshipId))
			.orElse(false);
	}

	/**
	 * Logs a touchpoint, which counts as real contact for the relationship's cadence. An
	 * ended relationship takes no new touchpoints until it is reopened.
	 * @param relationshipId the relationship
	 * @param draft the touchpoint
	 * @return the logged interaction
	 * @throws org.rapport.relationships.RelationshipEndedException when the relationship
	 * has ended
	 */
	@Transactional
	public InteractionSummary log(long relationshipId, InteractionDraft draft) {
		this.relationships.requireActive(relationshipId);
		check(draft, stakeholdersOf(relationshipId), new HashSet<>());
		Interaction interaction = this.interactions
			.save(Interaction.log(relationshipId, draft, Actor.current(), LocalDateTime.now(this.clock)));
		this.relationships.recordContact(relationshipId, draft.occurredOn());
		this.events.publishEvent(new InteractionLogged(interaction.getId(), relationshipId, draft.type(),
				draft.occurredOn(), draft.sentiment(), Actor.current(), this.clock.instant()));
		return this.queries.interaction(interaction.getId(), reader(relationshipId));
	}

	/**
	 * Corrects a touchpoint, by the rules that {@link #log} applies; who logged it and
	 * when stay, and so does its private note when the caller may not read it. The
	 * relationship's last contact follows the latest touchpoint, and may move back. A
	 * correction that changes nothing stores nothing.
	 * @param id the interaction
	 * @param draft the touchpoint as it should be
	 * @param version the version the correction was made over, or {@code null} when the
	 * caller does not say
	 * @return the corrected touchpoint
	 * @throws NotFoundException when there is no such touchpoint or the caller may not
	 * read its relationship
	 * @throws AccessDeniedException when the caller neither logged it nor owns the
	 * relationship, or may not change the relationship
	 * @throws StaleVersionException when the touchpoint changed since that version, or
	 * another change won the race
	 */
	@Transactional
	public InteractionSummary correct(long id, InteractionDraft draft, Long version) {
		Interaction interaction = correctable(id);
		long relationshipId = interaction.getRelationshipId();
		// People who took part stay acceptable even if they have left IT since.
		check(draft, stakeholdersOf(relationshipId), new HashSet<>(interaction.participantIds()));
		StaleVersionException.check("Interaction", id, version, interaction.getVersion());
		InteractionType type = interaction.getType();
		LocalDate day = interaction.getOccurredOn();
		int sentiment = interaction.getSentiment();
		InteractionQueries.Reader reader = reader(relationshipId);
		if (interaction.correct(draft, reader.notes())) {
			// The versioned update refuses a correction that lost the race to another
			// change.
			this.interactions.save(interaction);
			this.relationships.correctContact(relationshipId, this.queries.latestDay(relationshipId));
			this.events.publishEvent(new InteractionCorrected(id, relationshipId, draft.type(), type,
					draft.occurredOn(), day, draft.sentiment(), sentiment, interaction.getLoggedBy(), Actor.current(),
					this.clock.instant()));
		}
		return this.queries.interaction(id, reader);
	}

	/**
	 * Deletes a touchpoint. Commitments made in it stay, no longer linked to it; the
	 * relationship's last contact follows the latest touchpoint left.
	 * @param id the interaction
	 * @param version the version the deletion was made over, or {@code null} when the
	 * caller does not say
	 * @throws NotFoundException when there is no such touchpoint or the caller may not
	 * read its relationship
	 * @throws AccessDeniedException when the caller neither logged it nor owns the
	 * relationship, or may not change the relationship
	 * @throws StaleVersionException when the touchpoint changed since that version, or
	 * someone else deleted it at the same time
	 */
	@Transactional
	public void delete(long id, Long version) {
		Interaction interaction = correctable(id);
		long relationshipId = interaction.getRelationshipId();
		StaleVersionException.check("Interaction", id, version, interaction.getVersion());
		// Listeners let go of the touchpoint before it goes, in this transaction.
		this.events
			.publishEvent(new InteractionDeleted(id, relationshipId, interaction.getType(), interaction.getOccurredOn(),
					interaction.getSentiment(), interaction.getLoggedBy(), Actor.current(), this.clock.instant()));
		// The versioned delete refuses when another change or deletion won the race.
		this.interactions.delete(interaction);
		this.relationships.correctContact(relationshipId, this.queries.latestDay(relationshipId));
	}

	/**
	 * Loads a relationship's history of touchpoints in batches, for imports, the demo
	 * organisation and benchmarks. Every touchpoint is checked as {@link #log} checks it,
	 * and nothing is stored unless all pass.
	 * @param relationshipId the relationship
	 * @param drafts the touchpoints, in any order
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void logHistory(long relationshipId, List<InteractionDraft> drafts) {
		this.relationships.requireEditable(relationshipId);
		if (drafts.isEmpty()) {
			return;
		}
		Set<Long> stakeholders = stakeholdersOf(relationshipId);
		Set<Long> inIt = new HashSet<>();
		drafts.forEach((draft) -> check(draft, stakeholders, inIt));
		this.history.insert(relationshipId, drafts, Actor.current());
		LocalDate latest = drafts.stream().map(InteractionDraft::occurredOn).max(LocalDate::compareTo).orElseThrow();
		this.relationships.recordContact(relationshipId, latest);
		this.events.publishEvent(
				new InteractionsImported(relationshipId, drafts.size(), Actor.current(), this.clock.instant()));
	}

	private Interaction readable(long id) {
		Interaction interaction = this.interactions.findById(id)
			.orElseThrow(() -> new NotFoundException("Interaction", id));
		try {
			this.relationships.requireReadable(interaction.getRelationshipId());
		}
		catch (NotFoundException ex) {
			throw new NotFoundException("Interaction", id);
		}
		return interaction;
	}

	private Interaction correctable(long id) {
		Interaction interaction = readable(id);
		if (!reader(interaction.getRelationshipId()).mayCorrect(interaction.getLoggedBy())) {
			throw new AccessDeniedException(
					"Only whoever logged a touchpoint and the relationship's owner correct or delete it");
		}
		return interaction;
	}

	/**
	 * What the caller sees of a relationship's touchpoints and which of them they may
	 * correct.
	 */
	private InteractionQueries.Reader reader(long relationshipId) {
		boolean notes = this.relationships.mayReadPrivateNotes(relationshipId);
		if (!this.relationships.mayEdit(relationshipId)) {
			return new InteractionQueries.Reader(notes, false, null);
		}
		Long me = this.relationships.viewer().personId();
		boolean owner = me != null && this.relationships.relationship(relationshipId).ownerId() == me;
		return new InteractionQueries.Reader(notes, owner, Actor.current());
	}

	private Set<Long> stakeholdersOf(long relationshipId) {
		return this.relationships.stakeholders(relationshipId)
			.stream()
			.map(StakeholderSummary::id)
			.collect(Collectors.toSet());
	}

	/**
	 * Checks a touchpoint against the relationship's stakeholders; people found in IT are
	 * remembered in {@code inIt} so that a long history asks the directory once a person.
	 */
	private void check(InteractionDraft draft, Set<Long> stakeholders, Set<Long> inIt) {
		if (draft.type() == null) {
			throw new InvalidInputException("type", "error.interaction.type");
		}
		if (draft.privateNote() != null && draft.privateNote().length() > 4000) {
			throw new InvalidInputException("privateNote", "error.interaction.private-note", 4000);
		}
		if (draft.occurredOn() == null) {
			throw new InvalidInputException("occurredOn", "error.interaction.day");
		}
		Days.requireInRange("occurredOn", draft.occurredOn());
		if (draft.occurredOn().isAfter(LocalDate.now(this.clock))) {
			throw new InvalidInputException("occurredOn", "error.interaction.day-future");
		}
		if (draft.summary() == null || draft.summary().isBlank() || draft.summary().length() > 4000) {
			throw new InvalidInputException("summary", "error.interaction.summary", 4000);
		}
		if (draft.sentiment() == null || draft.sentiment() < -2 || draft.sentiment() > 2) {
			throw new InvalidInputException("sentiment", "error.interaction.sentiment");
		}
		for (Long personId : draft.participantIds()) {
			if (inIt.contains(personId)) {
				continue;
			}
			PersonSummary person;
			try {
				person = this.directory.person(personId);
			}
			catch (NotFoundException ex) {
				throw new InvalidInputException("participantIds", "error.person.unknown");
			}
			if (!person.inIt()) {
				throw new InvalidInputException("participantIds", "error.interaction.participant-outside-it",
						person.name());
			}
			inIt.add(personId);
		}
		for (Long stakeholderId : draft.stakeholderIds()) {
			if (!stakeholders.contains(stakeholderId)) {
				throw new InvalidInputException("stakeholderIds", "error.interaction.stakeholder-elsewhere",
						String.valueOf(stakeholderId));
			}
		}
	}

}
