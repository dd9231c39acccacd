package org.rapport.surveys;

import java.util.List;

/**
 * A respondent's answer to one question. Which parts are used depends on the question:
 * {@code score} for a recommendation, rating or maturity question (and the perceived
 * column of a service quality item, with {@code minimum} and {@code desired}),
 * {@code choices} for a choice question and {@code comment} for a comment.
 *
 * @param score the score, or the perceived service
 * @param minimum the minimum acceptable service of a service quality item
 * @param desired the desired service of a service quality item
 * @param choices the keys of the choices picked
 * @param comment the comment
 */
public record Answer(Integer score, Integer minimum, Integer desired, List<String> choices, String comment) {

	/**
	 * Whether nothing was given.
	 * @return whether every part is empty
	 */
	public boolean blank() {
		return this.score == null && this.minimum == null && this.desired == null
				&& (this.choices == null || this.choices.isEmpty()) && (this.comment == null || this.comment.isBlank());
	}

}
