package org.rapport.development;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A session a mentoring pair logged.
 *
 * @param id the session
 * @param heldOn the day it was held
 * @param note what was talked about
 * @param loggedById who logged it
 * @param loggedByName their name
 * @param loggedAt when
 */
public record SessionSummary(long id, LocalDate heldOn, String note, long loggedById, String loggedByName,
		LocalDateTime loggedAt) {
}
