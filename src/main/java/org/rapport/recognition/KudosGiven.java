package org.rapport.recognition;

import java.time.LocalDate;
import java.util.List;

/**
 * A colleague in IT thanked another for relationship work.
 *
 * @param kudosId the kudos
 * @param giverId who gave them
 * @param recipientId who received them
 * @param values the relationship values, by key
 * @param points points from the giver's allowance, 0 for none
 * @param givenOn the day
 */
public record KudosGiven(long kudosId, long giverId, long recipientId, List<String> values, int points,
		LocalDate givenOn) {
}
