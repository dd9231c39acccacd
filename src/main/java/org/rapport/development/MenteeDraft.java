package org.rapport.development;

import java.util.List;

/**
 * A sign-up as a mentee.
 *
 * @param goals one to three competency keys of the framework the mentee wants to grow
 * @param note what they hope for, in a sentence of up to 300 characters
 * @param preferredMentorIds people they would like as mentor, may be empty
 * @param avoidedMentorIds people they would rather not have as mentor, may be empty
 */
public record MenteeDraft(List<String> goals, String note, List<Long> preferredMentorIds, List<Long> avoidedMentorIds) {
}
