package org.rapport.development;

import java.util.List;

/**
 * A sign-up as a mentor.
 *
 * @param strengths one to three competency keys of the framework the mentor offers
 * @param capacity how many mentees they take, 1 to 5
 */
public record MentorDraft(List<String> strengths, Integer capacity) {
}
