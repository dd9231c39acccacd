package org.rapport.recognition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A nomination for an award of the current quarter.
 *
 * @param awardKey the award
 * @param nomineeId the colleague nominated, a person in IT other than the nominator
 * @param reason why, in the nominator's words
 */
public record NominationDraft(@NotBlank String awardKey, @NotNull Long nomineeId,
		@NotBlank @Size(max = NominationDraft.MAX_REASON) String reason) {

	/** The longest reason. */
	public static final int MAX_REASON = 2000;

}
