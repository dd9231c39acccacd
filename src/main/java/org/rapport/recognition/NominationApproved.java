package org.rapport.recognition;

/**
 * An award of a quarter went to a nominee.
 *
 * @param nominationId the nomination
 * @param period the quarter
 * @param awardKey the award
 * @param nomineeId who received it
 */
public record NominationApproved(long nominationId, String period, String awardKey, long nomineeId) {
}
