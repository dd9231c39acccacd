package org.rapport.development;

/**
 * A change by hand to a programme's proposal: a mentee given another mentor, or taken out
 * of the proposal.
 *
 * @param menteeId the mentee
 * @param mentorId their new mentor, {@code null} to leave them without one
 * @param version the programme's version the change was made over, may be {@code null}
 */
public record PairChange(Long menteeId, Long mentorId, Long version) {
}
