package org.rapport.development;

import java.time.LocalDate;

/**
 * A coaching session as logged by the coach or the coachee.
 *
 * @param heldOn the day it was held, not after today
 * @param note what was talked about, up to 2000 characters; only coach and coachee read
 * it
 */
public record CoachingSessionDraft(LocalDate heldOn, String note) {

	/** The longest note. */
	public static final int MAX_NOTE = 2000;

}
