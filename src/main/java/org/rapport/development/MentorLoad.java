package org.rapport.development;

import java.util.List;

/**
 * A mentor of a programme with the mentees a proposal gives them.
 *
 * @param personId the mentor
 * @param name their name
 * @param strengths the competency keys they offer
 * @param capacity how many mentees they take
 * @param load how many the proposal gives them
 */
public record MentorLoad(long personId, String name, List<String> strengths, int capacity, int load) {
}
