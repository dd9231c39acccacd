package org.rapport.development;

import java.time.LocalDate;

/**
 * An action towards a goal of a development plan.
 *
 * @param kind what kind of action it is
 * @param description what the person will do
 * @param trainingId the course of the catalogue, for a training
 * @param relationshipId the relationship practised on, for practice
 * @param dueOn when it should be done, today or later; may be {@code null}
 */
public record PlanActionDraft(PlanActionKind kind, String description, Long trainingId, Long relationshipId,
		LocalDate dueOn) {

}
