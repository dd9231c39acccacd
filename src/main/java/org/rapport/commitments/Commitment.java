package org.rapport.commitments;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Set;

import org.rapport.shared.Days;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.StateConflictException;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A promise to a relationship's counterpart, and the rules of how it is kept.
 */
@Table("commitments_commitment")
class Commitment {

	@Id
	private Long id;

	@Version
	private Long version;

	private Long relationshipId;

	private String description;

	private Long ownerId;

	private LocalDate dueOn;

	private Long interactionId;

	private CommitmentState state;

	private LocalDate closedOn;

	private LocalDateTime createdAt;

	private String createdBy;

	@MappedCollection(idColumn = "commitment_id")
	private Set<Renegotiation> renegotiations = new LinkedHashSet<>();

	Commitment(Long id, Long relationshipId, String description, Long ownerId, LocalDate dueOn, Long interactionId,
			CommitmentState state, LocalDate closedOn, LocalDateTime createdAt, String createdBy) {
		this.id = id;
		this.relationshipId = relationshipId;
		this.description = description;
		this.ownerId = ownerId;
		this.dueOn = dueOn;
		this.interactionId = interactionId;
		this.state = state;
		this.closedOn = closedOn;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	/**
	 * A new commitment. A promise is never made already overdue: its due day is today at
	 * the earliest.
	 */
	static Commitment make(long relationshipId, CommitmentDraft draft, String by, LocalDateTime now) {
		if (passed(draft.dueOn(), now.toLocalDate())) {
			throw new InvalidInputException("dueOn", "error.commitment.due-on-past");
		}
		return recorded(relationshipId, draft, by, now);
	}

	/**
	 * A commitment made earlier and recorded now, whose due day may have passed, for the
	 * demo's history; users make commitments through {@link #make}.
	 */
	static Commitment recorded(long relationshipId, CommitmentDraft draft, String by, LocalDateTime now) {
		return new Commitment(null, relationshipId, draft.description().strip(), draft.ownerId(), draft.dueOn(),
				draft.interactionId(), CommitmentState.OPEN, null, now, by);
	}

	/**
	 * Corrects what was promised and who keeps it, while the commitment is pending; a
	 * closed commitment stays as it was closed.
	 * @return whether anything changed
	 */
	boolean amend(String newDescription, long newOwnerId) {
		if (!this.state.pending()) {
			throw new StateConflictException("error.commitment.amend-closed", label(this.state));
		}
		String stripped = newDescription.strip();
		if (stripped.equals(this.description) && this.ownerId == newOwnerId) {
			return false;
		}
		this.description = stripped;
		this.ownerId = newOwnerId;
		return true;
	}

	/**
	 * Moves the commitment on. Renegotiating sets a new due date, keeps it pending and
	 * adds the change to its history; keeping, breaking and cancelling close it on the
	 * given day. A closed commitment moves no more, whoever closed it.
	 */
	void move(Transition transition, LocalDateTime at, String by) {
		if (!this.state.allows(transition.to())) {
			throw new StateConflictException("error.commitment.transition", label(this.state), label(transition.to()));
		}
		LocalDate today = at.toLocalDate();
		if (transition.to() == CommitmentState.RENEGOTIATED) {
			if (transition.dueOn() == null) {
				throw new InvalidInputException("dueOn", "error.commitment.new-due-date");
			}
			Days.requireInRange("dueOn", transition.dueOn());
			if (passed(transition.dueOn(), today)) {
				throw new InvalidInputException("dueOn", "error.commitment.new-due-date-past");
			}
			this.renegotiations.add(new Renegotiation(this.dueOn, transition.dueOn(), at, by));
			this.dueOn = transition.dueOn();
		}
		else {
			this.closedOn = today;
		}
		this.state = transition.to();
	}

	/**
	 * The rule for every due day a user gives, when making a commitment and when
	 * renegotiating it: today or later, never already overdue.
	 */
	private static boolean passed(LocalDate dueOn, LocalDate today) {
		return dueOn.isBefore(today);
	}

	LocalDate getDueOn() {
		return this.dueOn;
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

	String getDescription() {
		return this.description;
	}

	CommitmentState getState() {
		return this.state;
	}

	/**
	 * A new due date agreed with the counterpart, kept as the commitment's history.
	 *
	 * @param previousDueOn the due date before
	 * @param newDueOn the due date after
	 * @param changedAt when it was agreed
	 * @param changedBy who recorded it
	 */
	@Table("commitments_renegotiation")
	record Renegotiation(LocalDate previousDueOn, LocalDate newDueOn, LocalDateTime changedAt, String changedBy) {
	}

	private static MessageSourceResolvable label(CommitmentState state) {
		return new DefaultMessageSourceResolvable("commitment.state." + state.name());
	}

}
