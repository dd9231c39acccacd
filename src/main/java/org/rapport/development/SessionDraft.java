package org.rapport.development;

import java.time.LocalDate;

/**
 * A mentoring session as logged by the mentor or the mentee.
 *
 * @param heldOn the day it was held, not after today
 * @param note what was talked about, up to 2000 characters; only the pair reads it
 */
public record SessionDraft(LocalDate heldOn, String note) {

	/** The longest note. */
	public static final int MAX_NOTE = 2000;

}
