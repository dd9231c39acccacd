package org.rapport.development;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A published mentoring pair as its mentor and mentee see it, with their sessions.
 *
 * @param id the pair
 * @param programmeId the programme
 * @param programmeName its name
 * @param mentorId the mentor
 * @param mentorName their name
 * @param menteeId the mentee
 * @param menteeName their name
 * @param shared the competency keys the pair works on
 * @param menteeNote what the mentee hoped for
 * @param state active or closed
 * @param outcome what came of it, once closed
 * @param closedAt when it closed
 * @param sessions the sessions, the latest first
 * @param version its version, the API's {@code ETag}
 */
public record MentorshipSummary(long id, long programmeId, String programmeName, long mentorId, String mentorName,
		long menteeId, String menteeName, List<String> shared, String menteeNote, PairState state, String outcome,
		LocalDateTime closedAt, List<SessionSummary> sessions, long version) {
}
