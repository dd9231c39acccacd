package org.rapport.development;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A session a coach and coachee logged; only they read it.
 *
 * @param id the session
 * @param heldOn the day it was held
 * @param note what was talked about
 * @param loggedById who logged it
 * @param loggedByName their name
 * @param loggedAt when
 */
public record CoachingSession(long id, LocalDate heldOn, String note, long loggedById, String loggedByName,
		LocalDateTime loggedAt) {
}
