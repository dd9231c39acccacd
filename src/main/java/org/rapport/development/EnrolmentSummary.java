package org.rapport.development;

import java.time.LocalDateTime;

/**
 * A person's enrolment in a session, as pages and the API show it.
 *
 * @param id the enrolment
 * @param trainingId the course
 * @param trainingTitle its title
 * @param sessionId the session
 * @param startsAt when the session starts
 * @param endsAt when it ends
 * @param personId who enrolled
 * @param personName their name
 * @param state enrolled with a seat, waiting for one, or cancelled
 * @param waitingPosition their place on the waiting list, 1 for the next to get a seat;
 * {@code null} unless waiting
 * @param attendance whether they came, {@code null} until the course's keeper marks it
 * @param completed whether the training counts as completed: they attended
 * @param queuedAt when they enrolled, which orders the waiting list
 * @param rating their rating of the session, {@code null} until they give one
 * @param comment their comment, or {@code null}
 * @param version its version, for marking attendance over it
 */
public record EnrolmentSummary(long id, long trainingId, String trainingTitle, long sessionId, LocalDateTime startsAt,
		LocalDateTime endsAt, long personId, String personName, EnrolmentState state, Integer waitingPosition,
		Attendance attendance, boolean completed, LocalDateTime queuedAt, Integer rating, String comment,
		long version) {

}
