package org.rapport.health;

import java.time.LocalDate;

/**
 * A relationship's score in one week.
 *
 * @param weekOn the Monday that starts the week
 * @param score the score
 * @param band its band
 */
public record WeekScore(LocalDate weekOn, int score, Band band) {
}
