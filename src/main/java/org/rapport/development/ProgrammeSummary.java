package org.rapport.development;

import java.time.LocalDateTime;

/**
 * A mentoring programme as pages and the API show it.
 *
 * @param id the programme
 * @param name its name
 * @param description what it is for, may be {@code null}
 * @param state where it stands
 * @param mentors how many signed up as mentors
 * @param mentees how many signed up as mentees
 * @param places the mentors' capacities added up
 * @param pairs the pairs proposed, or published
 * @param createdAt when it was opened
 * @param publishedAt when its pairs were published, {@code null} before
 * @param version its version, the API's {@code ETag}
 */
public record ProgrammeSummary(long id, String name, String description, ProgrammeState state, int mentors, int mentees,
		int places, int pairs, LocalDateTime createdAt, LocalDateTime publishedAt, long version) {
}
