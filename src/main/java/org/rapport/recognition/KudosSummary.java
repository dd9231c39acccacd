package org.rapport.recognition;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Kudos as the feed and the person's page show them.
 *
 * @param id the kudos
 * @param giverId who gave them
 * @param giverName their name
 * @param recipientId who received them
 * @param recipientName their name
 * @param values the relationship values, in the order of the value list
 * @param message what the giver wrote
 * @param points points given, 0 for none
 * @param givenAt when
 */
public record KudosSummary(long id, long giverId, String giverName, long recipientId, String recipientName,
		List<RecognitionValue> values, String message, int points, LocalDateTime givenAt) {
}
