package org.rapport.development;

import java.time.LocalDate;
import java.util.List;

/**
 * A coaching engagement as the caller may read it: everyone who reads it at all sees who,
 * since when and the state; goals and outcome only the coach, the coachee and those above
 * the coachee; sessions and their notes only the coach and the coachee.
 *
 * @param id the engagement
 * @param coachId the coach
 * @param coachName their name
 * @param coacheeId the coachee
 * @param coacheeName their name
 * @param state active or ended
 * @param startedOn the day it started
 * @param endedOn the day it ended, or {@code null}
 * @param view how much of it the caller reads
 * @param goals its goals, empty for {@link CoachingView#COVERAGE}
 * @param outcome what came of it, {@code null} until ended and for
 * {@link CoachingView#COVERAGE}
 * @param sessions the sessions, the latest first, for {@link CoachingView#PARTY} alone
 * @param version its version, the API's {@code ETag}
 */
public record CoachingSummary(long id, long coachId, String coachName, long coacheeId, String coacheeName,
		CoachingState state, LocalDate startedOn, LocalDate endedOn, CoachingView view, List<CoachingGoal> goals,
		String outcome, List<CoachingSession> sessions, long version) {

	/**
	 * The same engagement with only what a view may read.
	 * @param view the view
	 * @return the engagement as that view reads it
	 */
	CoachingSummary as(CoachingView view) {
		return switch (view) {
			case PARTY ->
				new CoachingSummary(this.id, this.coachId, this.coachName, this.coacheeId, this.coacheeName, this.state,
						this.startedOn, this.endedOn, view, this.goals, this.outcome, this.sessions, this.version);
			case MANAGER -> new CoachingSummary(this.id, this.coachId, this.coachName, this.coacheeId, this.coacheeName,
					this.state, this.startedOn, this.endedOn, view, this.goals, this.outcome, List.of(), this.version);
			case COVERAGE ->
				new CoachingSummary(this.id, this.coachId, this.coachName, this.coacheeId, this.coacheeName, this.state,
						this.startedOn, this.endedOn, view, List.of(), null, List.of(), this.version);
		};
	}

}
