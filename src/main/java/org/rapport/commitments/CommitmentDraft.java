package org.rapport.commitments;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What it takes to record a commitment.
 *
 * @param description what was promised
 * @param ownerId who in IT keeps it
 * @param dueOn by when
 * @param interactionId the touchpoint it was made in, optional
 */
public record CommitmentDraft(@NotBlank @Size(max = 1000) String description, @NotNull Long ownerId,
		@NotNull LocalDate dueOn, Long interactionId) {
}
