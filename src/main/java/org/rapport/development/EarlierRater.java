package org.rapport.development;

import java.util.Map;

/**
 * A rater of a 360 that ended before Rapport held it, with their answers.
 *
 * @param personId the rater
 * @param group the group they rated in
 * @param scores per competency key, the level from 1 to 4, or 0 for not observed
 * @param comments per competency key, a comment
 */
public record EarlierRater(long personId, RaterGroup group, Map<String, Integer> scores, Map<String, String> comments) {

}
