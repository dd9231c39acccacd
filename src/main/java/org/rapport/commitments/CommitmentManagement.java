package org.rapport.commitments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.PersonSummary;
import org.rapport.interactions.InteractionDraft;
import org.rapport.interactions.InteractionManagement;
import org.rapport.interactions.InteractionSummary;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.shared.Actor;
import org.rapport.shared.Cursor;
import org.rapport.shared.Days;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.KeysetPage;
import org.rapport.shared.NotFoundException;
import org.rapport.shared.StaleVersionException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commitments' API: record promises made to a counterpart, move them through their
 * states, and read a relationship's reliability. Whoever may change a relationship
 * records and moves its commitments. A relationship that has ended takes no new
 * commitments; the ones made before it ended are still kept, broken, renegotiated,
 * cancelled and corrected, so that every promise made while it was active is closed out.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CommitmentManagement {

	/** The rolling window over which reliability counts. */
	public static final int RELIABILITY_WINDOW_DAYS = 365;

	private static final String COLUMNS = """
			select c.id, c.relationship_id, c.description, c.owner_id, p.name as owner_name, c.due_on,
			       c.interaction_id, c.state, c.closed_on, c.version
			from commitments_commitment c
			join directory_person_name p on p.id = c.owner_id
			""";

	private final CommitmentRepository commitments;

	private final RelationshipManagement relationships;

	private final DirectoryManagement directory;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final InteractionManagement interactions;

	CommitmentManagement(CommitmentRepository commitments, RelationshipManagement relationships,
			DirectoryManagement directory, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
			InteractionManagement interactions) {
		this.interactions = interactions;
		this.commitments = commitments;
		this.relationships = relationships;
		this.directory = directory;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A relationship's commitments, pending ones first by due date.
	 * @param relationshipId the relationship
	 * @return the commitments
	 */
	public List<CommitmentSummary> commitments(long relationshipId) {
		this.relationships.requireReadable(relationshipId);
		return this.jdbc.sql(COLUMNS + """
				where c.relationship_id = :id
				order by case when c.state in ('OPEN', 'RENEGOTIATED') then 0 else 1 end, c.due_on, c.id
				limit 500
				""").param("id", relationshipId).query(this::summary).list();
	}

	/**
	 * A page of a relationship's commitments by due date, for clients that read them all.
	 * @param relationshipId the relationship
	 * @param after the cursor of the page before, {@code null} for the first
	 * @param size how many, 1 to 200 (50 when {@code null})
	 * @return the page and the cursor of the next
	 * @throws InvalidInputException naming {@code size} or {@code after} when they are
	 * not a size or cursor Rapport accepts
	 */
	public KeysetPage<CommitmentSummary> commitments(long relationshipId, String after, Integer size) {
		int pageSize = Cursor.pageSize(size);
		Cursor cursor = Cursor.decode(after);
		this.relationships.requireReadable(relationshipId);
		Map<String, Object> params = new HashMap<>();
		params.put("id", relationshipId);
		params.put("limit", pageSize + 1);
		String seek = "";
		if (cursor != null) {
			seek = " and (c.due_on, c.id) > (:day, :after)";
			params.put("day", cursor.day());
			params.put("after", cursor.id());
		}
		List<CommitmentSummary> rows = this.jdbc.sql(COLUMNS + """
				where c.relationship_id = :id""" + seek + """

				order by c.due_on, c.id
				limit :limit
				""").params(params).query(this::summary).list();
		return KeysetPage.of(rows, pageSize, (row) -> new Cursor(row.dueOn().toString(), row.id()));
	}

	/**
	 * The pending commitment of a relationship that is due soonest: the most overdue one
	 * while any is overdue.
	 * @param relationshipId the relationship
	 * @return the commitment, empty when none is pending
	 */
	public Optional<CommitmentSummary> nextDue(long relationshipId) {
		this.relationships.requireReadable(relationshipId);
		return this.jdbc.sql(COLUMNS + """
				where c.relationship_id = :id and c.state in ('OPEN', 'RENEGOTIATED')
				order by c.due_on, c.id
				limit 1
				""").param("id", relationshipId).query(this::summary).optional();
	}

	/**
	 * The commitments a person owns that are still pending, the most overdue first: all
	 * of them for the person, and those on the relationships the caller may read for
	 * anyone else.
	 * @param personId the owner
	 * @return the commitments
	 */
	public List<CommitmentSummary> pendingOf(long personId) {
		List<CommitmentSummary> pending = this.jdbc.sql(COLUMNS + """
				where c.owner_id = :owner and c.state in ('OPEN', 'RENEGOTIATED')
				order by c.due_on, c.id
				limit 500
				""").param("owner", personId).query(this::summary).list();
		if (Long.valueOf(personId).equals(this.relationships.viewer().personId())) {
			return pending;
		}
		Set<Long> readable = this.relationships
			.readableAmong(pending.stream().map(CommitmentSummary::relationshipId).toList());
		return pending.stream().filter((commitment) -> readable.contains(commitment.relationshipId())).toList();
	}

	/**
	 * Records a promise made to the counterpart, due today or later. An ended
	 * relationship takes no new commitments until it is reopened; those made before it
	 * ended may still be moved and corrected, so that they are closed out.
	 * @param relationshipId the relationship
	 * @param draft the commitment
	 * @return the commitment
	 * @throws InvalidInputException naming {@code dueOn} when the due day has passed
	 * @throws org.rapport.relationships.RelationshipEndedException when the relationship
	 * has ended
	 */
	@Transactional
	public CommitmentSummary make(long relationshipId, CommitmentDraft draft) {
		return make(relationshipId, draft, false);
	}

	/**
	 * Records a commitment made earlier, whose due day may have passed, so that a history
	 * shows overdue and broken promises: for the demo organisation. No page or API calls
	 * it; people make commitments with {@link #make}, which refuses a day that has
	 * passed. Every other check of {@link #make} applies.
	 * @param relationshipId the relationship
	 * @param draft the commitment
	 * @return the commitment
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public CommitmentSummary recordEarlier(long relationshipId, CommitmentDraft draft) {
		return make(relationshipId, draft, true);
	}

	private CommitmentSummary make(long relationshipId, CommitmentDraft draft, boolean earlier) {
		this.relationships.requireActive(relationshipId);
		requireDescription(draft.description());
		if (draft.dueOn() == null) {
			throw new InvalidInputException("dueOn", "error.commitment.due-on");
		}
		Days.requireInRange("dueOn", draft.dueOn());
		PersonSummary owner = ownerInIt(draft.ownerId());
		if (draft.interactionId() != null && !this.interactions.isOn(draft.interactionId(), relationshipId)) {
			throw new InvalidInputException("interactionId", "error.commitment.touchpoint-elsewhere");
		}
		LocalDateTime now = LocalDateTime.now(this.clock);
		Commitment commitment = this.commitments
			.save(earlier ? Commitment.recorded(relationshipId, draft, Actor.current(), now)
					: Commitment.make(relationshipId, draft, Actor.current(), now));
		this.events.publishEvent(new CommitmentMade(commitment.getId(), relationshipId, commitment.getDescription(),
				owner.id(), draft.dueOn(), Actor.current(), this.clock.instant()));
		return summaryOf(commitment.getId());
	}

	/**
	 * Corrects what a pending commitment promises and who in IT keeps it; whoever may
	 * move the commitment may correct it. A correction that changes nothing stores
	 * nothing.
	 * @param id the commitment
	 * @param amendment the description and owner, with the version it was made over if
	 * known
	 * @return the commitment after the change
	 * @throws StaleVersionException when the commitment changed since that version, or
	 * another change won the race
	 * @throws org.rapport.shared.StateConflictException when the commitment is no longer
	 * pending
	 */
	@Transactional
	public CommitmentSummary amend(long id, CommitmentAmendment amendment) {
		Commitment commitment = this.commitments.findById(id)
			.orElseThrow(() -> new NotFoundException("Commitment", id));
		this.relationships.requireEditable(commitment.getRelationshipId());
		requireDescription(amendment.description());
		PersonSummary owner = ownerInIt(amendment.ownerId());
		StaleVersionException.check("Commitment", id, amendment.version(), commitment.getVersion());
		CommitmentSummary before = summaryOf(id);
		if (!commitment.amend(amendment.description(), owner.id())) {
			return before;
		}
		// The versioned update refuses a correction that lost the race to another change.
		this.commitments.save(commitment);
		this.events.publishEvent(new CommitmentAmended(id, commitment.getRelationshipId(), before.description(),
				commitment.getDescription(), before.ownerId(), owner.id(), before.ownerName(), owner.name(),
				Actor.current(), this.clock.instant()));
		return summaryOf(id);
	}

	private static void requireDescription(String description) {
		if (description == null || description.isBlank() || description.length() > 1000) {
			throw new InvalidInputException("description", "error.commitment.description");
		}
	}

	/**
	 * The person who keeps a commitment: IT keeps its promises.
	 */
	private PersonSummary ownerInIt(Long ownerId) {
		PersonSummary owner;
		try {
			owner = this.directory.person(ownerId);
		}
		catch (NotFoundException | NullPointerException ex) {
			throw new InvalidInputException("ownerId", "error.person.unknown");
		}
		if (!owner.inIt()) {
			throw new InvalidInputException("ownerId", "error.commitment.owner-outside-it", owner.name());
		}
		return owner;
	}

	/**
	 * Logs a touchpoint and records the commitments made in it, all or nothing: when the
	 * touchpoint or any commitment is invalid, nothing is stored, and the error names the
	 * field, as {@code commitments[1].dueOn} for the second commitment's due date.
	 * @param relationshipId the relationship
	 * @param interaction the touchpoint
	 * @param promises the commitments made in it, without their interaction
	 * @return the touchpoint and its commitments
	 */
	@Transactional
	public Touchpoint logTouchpoint(long relationshipId, InteractionDraft interaction, List<CommitmentDraft> promises) {
		InteractionSummary logged = this.interactions.log(relationshipId, interaction);
		List<CommitmentSummary> made = new ArrayList<>();
		for (int i = 0; i < promises.size(); i++) {
			CommitmentDraft promise = promises.get(i);
			try {
				made.add(make(relationshipId,
						new CommitmentDraft(promise.description(), promise.ownerId(), promise.dueOn(), logged.id())));
			}
			catch (InvalidInputException ex) {
				throw ex.forField("commitments[" + i + "]." + ex.getField());
			}
		}
		return new Touchpoint(logged, List.copyOf(made));
	}

	/**
	 * Moves a commitment to another state: kept, broken, renegotiated with a new due
	 * date, or cancelled. Transitions of one commitment happen one after the other: of
	 * two made at once over the same state, one wins and the other is refused, and a
	 * closed commitment moves no more.
	 * @param id the commitment
	 * @param transition the new state, with the version it was made over if known
	 * @return the commitment after the change
	 * @throws StaleVersionException when the commitment changed since that version, or
	 * another transition won the race
	 * @throws org.rapport.shared.StateConflictException when its state does not allow the
	 * transition
	 */
	@Transactional
	public CommitmentSummary transition(long id, Transition transition) {
		Commitment commitment = this.commitments.findById(id)
			.orElseThrow(() -> new NotFoundException("Commitment", id));
		this.relationships.requireEditable(commitment.getRelationshipId());
		if (transition.to() == null) {
			throw new InvalidInputException("to", "error.commitment.state-missing");
		}
		StaleVersionException.check("Commitment", id, transition.version(), commitment.getVersion());
		LocalDate previous = commitment.getDueOn();
		commitment.move(transition, LocalDateTime.now(this.clock), Actor.current());
		// The versioned update refuses a transition that lost the race to another one.
		this.commitments.save(commitment);
		this.events.publishEvent(moved(commitment, transition, previous));
		return summaryOf(id);
	}

	/**
	 * One commitment of a relationship the caller may read.
	 * @param id the commitment
	 * @return the commitment
	 */
	public CommitmentSummary commitment(long id) {
		Commitment commitment = this.commitments.findById(id)
			.orElseThrow(() -> new NotFoundException("Commitment", id));
		try {
			this.relationships.requireReadable(commitment.getRelationshipId());
		}
		catch (NotFoundException ex) {
			throw new NotFoundException("Commitment", id);
		}
		return summaryOf(id);
	}

	private Object moved(Commitment commitment, Transition transition, LocalDate previousDueOn) {
		long id = commitment.getId();
		long relationshipId = commitment.getRelationshipId();
		String description = commitment.getDescription();
		String actor = Actor.current();
		Instant now = this.clock.instant();
		return switch (transition.to()) {
			case KEPT -> new CommitmentKept(id, relationshipId, description, actor, now);
			case BROKEN -> new CommitmentBroken(id, relationshipId, description, actor, now);
			case CANCELLED -> new CommitmentCancelled(id, relationshipId, description, actor, now);
			case RENEGOTIATED -> new CommitmentRenegotiated(id, relationshipId, description, previousDueOn,
					transition.dueOn(), actor, now);
			case OPEN -> throw new IllegalStateException("A commitment never moves back to open");
		};
	}

	/**
	 * Commitments kept on time over commitments that fell due in the last year.
	 * @param relationshipId the relationship
	 * @return the reliability
	 */
	public Reliability reliability(long relationshipId) {
		this.relationships.requireReadable(relationshipId);
		LocalDate today = LocalDate.now(this.clock);
		return this.jdbc.sql("""
				select coalesce(sum(counted), 0), coalesce(sum(kept_on_time), 0) from commitments_reliability
				where relationship_id = :id and due_on between :from and :today
				""")
			.param("id", relationshipId)
			.param("from", today.minusDays(RELIABILITY_WINDOW_DAYS))
			.param("today", today)
			.query((rs, n) -> new Reliability(rs.getInt(1), rs.getInt(2), RELIABILITY_WINDOW_DAYS))
			.single();
	}

	private CommitmentSummary summaryOf(long id) {
		return this.jdbc.sql(COLUMNS + " where c.id = :id").param("id", id).query(this::summary).single();
	}

	private CommitmentSummary summary(ResultSet rs, int rowNum) throws SQLException {
		CommitmentState state = CommitmentState.valueOf(rs.getString("state"));
		LocalDate due = rs.getObject("due_on", LocalDate.class);
		LocalDate closed = rs.getObject("closed_on", LocalDate.class);
		long interaction = rs.getLong("interaction_id");
		Long interactionId = rs.wasNull() ? null : interaction;
		return new CommitmentSummary(rs.getLong("id"), rs.getLong("relationship_id"), rs.getString("description"),
				rs.getLong("owner_id"), rs.getString("owner_name"), due, interactionId, state, closed,
				state.pending() && due.isBefore(LocalDate.now(this.clock)),
				state == CommitmentState.KEPT && closed != null && closed.isAfter(due), rs.getLong("version"));
	}

}
