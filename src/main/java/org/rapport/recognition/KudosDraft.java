package org.rapport.recognition;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Kudos to give a colleague.
 *
 * @param recipientId the colleague, a person in IT other than the giver
 * @param values the relationship values it is for, by key: at least one
 * @param message what they did, in the giver's words
 * @param points points from the giver's monthly allowance, {@code null} or 0 for none
 */
public record KudosDraft(@NotNull Long recipientId, @NotEmpty List<String> values,
		@NotNull @Size(max = KudosDraft.MAX_MESSAGE) String message, Integer points) {

	/** The longest message. */
	public static final int MAX_MESSAGE = 1000;

}
