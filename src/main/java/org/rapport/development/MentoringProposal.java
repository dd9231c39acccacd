package org.rapport.development;

import java.util.List;

/**
 * The pairs a matching run proposed for a programme, as reviewed before they are
 * published, or as published.
 *
 * @param programmeId the programme
 * @param state where the programme stands
 * @param matched how many mentees have a mentor
 * @param totalScore the pairs' scores added up
 * @param pairs the pairs, by mentor then mentee
 * @param unmatched the mentees left without a mentor, with why
 * @param version the programme's version, to publish over
 */
public record MentoringProposal(long programmeId, ProgrammeState state, int matched, long totalScore,
		List<ProposedPair> pairs, List<UnmatchedMentee> unmatched, long version) {
}
