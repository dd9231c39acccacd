package org.rapport.development;

import java.time.LocalDate;

/**
 * A goal of a development plan as its person writes it.
 *
 * @param competency the key of the competency of the framework it develops
 * @param targetLevel the level aimed at, 1 (learning) to 4 (role model)
 * @param why why it matters to the person
 * @param dueOn when it should be reached, today or later
 * @param state where it stands; {@code null} leaves a new goal open and a changed one as
 * it was
 */
public record GoalDraft(String competency, Integer targetLevel, String why, LocalDate dueOn, GoalState state) {

}
