package org.rapport.commitments;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/**
 * A change of a commitment's state; renegotiating needs the new due date.
 *
 * @param to the new state
 * @param dueOn the new due date, for {@code RENEGOTIATED}
 * @param version the version of the commitment the change was made over; a commitment
 * changed since refuses it. {@code null} when the caller does not say
 */
public record Transition(@NotNull CommitmentState to, LocalDate dueOn, Long version) {

	public Transition(CommitmentState to, LocalDate dueOn) {
		this(to, dueOn, null);
	}

	/**
	 * The same transition made over a given version.
	 * @param version the version, or {@code null}
	 * @return the transition
	 */
	public Transition over(Long version) {
		return new Transition(this.to, this.dueOn, version);
	}

}
