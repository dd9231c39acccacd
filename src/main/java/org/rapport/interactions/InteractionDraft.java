package org.rapport.interactions;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * What it takes to log a touchpoint.
 *
 * @param type what kind of touchpoint
 * @param occurredOn the day it happened, not in the future
 * @param summary what was discussed
 * @param sentiment how it went, from -2 (badly) to +2 (very well)
 * @param participantIds the people in IT who took part, optional
 * @param stakeholderIds the relationship's stakeholders who were met, optional
 * @param privateNote what IT keeps to itself about the touchpoint, optional; only the
 * relationship's owner and participants, the CIO and the head of relationship management
 * read it
 */
public record InteractionDraft(@NotNull InteractionType type, @NotNull @PastOrPresent LocalDate occurredOn,
		@NotBlank @Size(max = 4000) String summary, @NotNull @Min(-2) @Max(2) Integer sentiment,
		List<Long> participantIds, List<Long> stakeholderIds, @Size(max = 4000) String privateNote) {

	public InteractionDraft {
		participantIds = (participantIds != null) ? List.copyOf(participantIds) : List.of();
		stakeholderIds = (stakeholderIds != null) ? List.copyOf(stakeholderIds) : List.of();
		privateNote = (privateNote != null && !privateNote.isBlank()) ? privateNote.strip() : null;
	}

	public InteractionDraft(InteractionType type, LocalDate occurredOn, String summary, Integer sentiment,
			List<Long> participantIds, List<Long> stakeholderIds) {
		this(type, occurredOn, summary, sentiment, participantIds, stakeholderIds, null);
	}

}
