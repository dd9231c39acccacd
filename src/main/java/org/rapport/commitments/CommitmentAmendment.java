package org.rapport.commitments;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A correction of a pending commitment: what was promised and who in IT keeps it. Its due
 * day changes only by renegotiating it with the counterpart.
 *
 * @param description what was promised
 * @param ownerId who in IT keeps it
 * @param version the version of the commitment the correction was made over; a commitment
 * changed since refuses it. {@code null} when the caller does not say
 */
public record CommitmentAmendment(@NotBlank @Size(max = 1000) String description, @NotNull Long ownerId, Long version) {

	/**
	 * The same correction made over a given version.
	 * @param version the version, or {@code null}
	 * @return the correction
	 */
	public CommitmentAmendment over(Long version) {
		return new CommitmentAmendment(this.description, this.ownerId, version);
	}

}
