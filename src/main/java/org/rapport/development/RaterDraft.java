package org.rapport.development;

/**
 * A rater the person nominates for their 360.
 *
 * @param personId the rater, a person in the directory with an email
 * @param group the group they rate in: {@code PEER}, {@code PARTNER} or {@code REPORT}
 */
public record RaterDraft(Long personId, RaterGroup group) {

}
