package org.rapport.development;

/**
 * A mentee a proposal leaves without a mentor.
 *
 * @param menteeId the mentee
 * @param menteeName their name
 * @param reason why
 */
public record UnmatchedMentee(long menteeId, String menteeName, UnmatchedReason reason) {
}
