package org.rapport.surveys;

import java.time.LocalDate;

/**
 * What a respondent's link opens: the survey to answer, or why it cannot be answered.
 *
 * @param campaignName the campaign's name
 * @param channel attributed review or anonymous pulse, which the page says plainly
 * @param state whether it may be answered
 * @param closesOn the last day answers are taken
 * @param counterpartName the business unit or vendor the invitation concerns,
 * {@code null} when none
 * @param respondentName the respondent's name, shown in an attributed review only
 * @param template the questions
 */
public record RespondentSurvey(String campaignName, Channel channel, State state, LocalDate closesOn,
		String counterpartName, String respondentName, SurveyTemplateSummary template) {

	/**
	 * Whether a link's survey may be answered.
	 */
	public enum State {

		/** Open for this respondent's answers. */
		OPEN,

		/** Answered already through this link. */
		ANSWERED,

		/** The campaign has closed, or not opened yet. */
		CLOSED

	}

}
