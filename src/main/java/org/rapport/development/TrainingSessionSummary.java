package org.rapport.development;

import java.time.LocalDateTime;

/**
 * A session of a course, with its seats and the caller's place in it.
 *
 * @param id the session
 * @param trainingId its course
 * @param startsAt when it starts
 * @param endsAt when it ends
 * @param location where it takes place, or {@code null}
 * @param onlineLink the link to join it online, or {@code null}
 * @param capacity how many seats it has
 * @param enrolled how many are taken
 * @param seatsLeft how many are free
 * @param waiting how many are on its waiting list
 * @param started whether it has started, so that no one enrols or cancels any more
 * @param mine the caller's enrolment, {@code null} when they hold none
 */
public record TrainingSessionSummary(long id, long trainingId, LocalDateTime startsAt, LocalDateTime endsAt,
		String location, String onlineLink, int capacity, int enrolled, int seatsLeft, int waiting, boolean started,
		EnrolmentSummary mine) {

}
