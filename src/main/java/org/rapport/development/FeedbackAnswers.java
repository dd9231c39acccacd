package org.rapport.development;

import java.util.Map;

/**
 * A rater's answers.
 *
 * @param scores per competency key, the level seen from 1 to 4, or 0 for not observed;
 * every competency of the round is answered
 * @param comments per competency key, an optional comment
 */
public record FeedbackAnswers(Map<String, Integer> scores, Map<String, String> comments) {

}
