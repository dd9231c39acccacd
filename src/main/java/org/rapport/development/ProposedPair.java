package org.rapport.development;

import java.util.List;

/**
 * A pair of a programme's proposal, or once published, one of its mentorships.
 *
 * @param id the pair
 * @param menteeId the mentee
 * @param menteeName their name
 * @param mentorId the mentor
 * @param mentorName their name
 * @param score what the pair is worth (see the programme page for how it is made)
 * @param shared why: the competency keys the mentor offers that the mentee needs
 * @param preferred whether the mentee asked for this mentor
 * @param state proposed, active or closed
 */
public record ProposedPair(long id, long menteeId, String menteeName, long mentorId, String mentorName, int score,
		List<String> shared, boolean preferred, PairState state) {
}
