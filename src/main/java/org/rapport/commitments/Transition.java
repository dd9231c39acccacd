package org.rapport.commitments;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/**
 * A change of a commitment's state; renegotiating needs the new due date.
 *
 * @param to the new state
 * @param dueOn the new due date, for {@code RENEGOTIATED}
 */
public record Transition(@NotNull CommitmentState to, LocalDate dueOn) {
}
