package org.rapport.surveys;

/**
 * How a question is answered.
 */
public enum QuestionKind {

	/** A score from 0 to 10 to the recommendation question. */
	NPS,

	/** A score on the question's scale. */
	RATING,

	/**
	 * Three scores from 1 to 9: the minimum acceptable, the desired and the perceived.
	 */
	SERVQUAL,

	/** Any of the question's choices, those of the band of the recommendation score. */
	CHOICE,

	/** A comment. */
	TEXT,

	/** A maturity level from 1 to 5. */
	MATURITY

}
