package org.rapport.surveys;

/**
 * How a campaign treats its respondents.
 */
public enum Channel {

	/**
	 * Anonymous: results only for groups of at least the campaign's minimum of responses,
	 * and no link in storage between a response and whoever gave it.
	 */
	PULSE,

	/** Attributed: the respondent is told that IT sees their name with their answers. */
	REVIEW

}
