package org.rapport.development;

import java.time.LocalDate;
import java.util.List;

/**
 * A coaching engagement to set up.
 *
 * @param coachId the coach, a person in the directory with an email, in IT or external
 * @param coacheeId the coachee, a person in IT with an email
 * @param startedOn the day it starts, {@code null} for today
 * @param goals one to five goals
 */
public record CoachingDraft(Long coachId, Long coacheeId, LocalDate startedOn, List<CoachingGoalDraft> goals) {

	/** The most goals an engagement has. */
	public static final int MAX_GOALS = 5;

}
