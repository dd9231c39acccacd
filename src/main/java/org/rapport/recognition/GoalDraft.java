package org.rapport.recognition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A relationship goal to set.
 *
 * @param period the quarter, blank for the current one; a quarter that has ended takes no
 * goals
 * @param scope {@code PERSON} or {@code GROUP}
 * @param id the person or IT group
 * @param title what the goal is, such as "A business review with every strategic partner"
 * @param measure how its progress is known
 * @param target the value that meets it: a percent, a score on 0 to 100, a count, or 100
 * for a goal followed by check-ins
 */
public record GoalDraft(String period, @NotNull ScorecardScope scope, @NotNull Long id,
		@NotBlank @Size(max = 200) String title, @NotNull GoalMeasure measure, @NotNull Double target) {
}
