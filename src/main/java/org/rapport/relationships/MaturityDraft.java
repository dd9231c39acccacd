package org.rapport.relationships;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * One side's assessment of a relationship's maturity.
 *
 * @param side whose view it is
 * @param level from 1 (ad hoc) to 5 (strategic partner)
 * @param assessedOn the day the view was given, not in the future
 * @param note what lies behind the view, optional
 */
public record MaturityDraft(@NotNull Side side, @NotNull @Min(1) @Max(5) Integer level,
		@NotNull @PastOrPresent LocalDate assessedOn, @Size(max = 1000) String note) {
}
