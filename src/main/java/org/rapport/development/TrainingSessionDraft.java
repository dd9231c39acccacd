package org.rapport.development;

import java.time.LocalDateTime;

/**
 * A session of a course as its keeper schedules it.
 *
 * @param startsAt when it starts, in the future
 * @param endsAt when it ends, after it starts and within 31 days
 * @param location where it takes place, up to 200 characters
 * @param onlineLink the link to join it online, an http or https address of up to 500
 * characters; a session has a location, a link or both
 * @param capacity how many seats it has, from 1 to 500
 */
public record TrainingSessionDraft(LocalDateTime startsAt, LocalDateTime endsAt, String location, String onlineLink,
		Integer capacity) {

}
