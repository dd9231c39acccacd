package org.rapport.commitments;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.rapport.shared.InvalidInputException;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A promise to a relationship's counterpart, and the rules of how it is kept.
 */
@Table("commitments_commitment")
class Commitment {

	@Id
	private Long id;

	private Long relationshipId;

	private String description;

	private Long ownerId;

	private LocalDate dueOn;

	private Long interactionId;

	private CommitmentState state;

	private LocalDate closedOn;

	private LocalDateTime createdAt;

	private String createdBy;

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

	static Commitment make(long relationshipId, CommitmentDraft draft, String by, LocalDateTime now) {
		return new Commitment(null, relationshipId, draft.description().strip(), draft.ownerId(), draft.dueOn(),
				draft.interactionId(), CommitmentState.OPEN, null, now, by);
	}

	/**
	 * Moves the commitment on. Renegotiating sets a new due date and keeps it pending;
	 * keeping, breaking and cancelling close it on the given day.
	 * @return the due date before, for the history of a renegotiation
	 */
	LocalDate move(Transition transition, LocalDate today) {
		if (!this.state.allows(transition.to())) {
			throw new InvalidInputException("to", "A commitment that is " + this.state.name().toLowerCase()
					+ " cannot become " + transition.to().name().toLowerCase());
		}
		LocalDate previous = this.dueOn;
		if (transition.to() == CommitmentState.RENEGOTIATED) {
			if (transition.dueOn() == null) {
				throw new InvalidInputException("dueOn", "Give the new due date agreed with the counterpart");
			}
			if (transition.dueOn().isBefore(today)) {
				throw new InvalidInputException("dueOn", "The new due date is in the past");
			}
			this.dueOn = transition.dueOn();
		}
		else {
			this.closedOn = today;
		}
		this.state = transition.to();
		return previous;
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

}
