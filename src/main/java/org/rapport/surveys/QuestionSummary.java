package org.rapport.surveys;

import java.util.List;

/**
 * A question of a template.
 *
 * @param id the question's id
 * @param key stable within its template, shared by the items a mirror survey has in
 * common with the one it mirrors
 * @param kind how it is answered
 * @param dimension the dimension it measures, such as {@code EMPATHY} or
 * {@code CREDIBILITY}, {@code null} when none
 * @param scaleMin the lowest score, {@code null} for choices and comments
 * @param scaleMax the highest score
 * @param required whether a response must answer it
 * @param text the wording
 * @param choices the answers of a choice question, empty for the others
 */
public record QuestionSummary(long id, String key, QuestionKind kind, String dimension, Integer scaleMin,
		Integer scaleMax, boolean required, String text, List<ChoiceSummary> choices) {

	/**
	 * The choices offered to a respondent whose recommendation score fell in a band.
	 * @param band the band, {@code null} before a score is given
	 * @return the choices of that band and those of every band
	 */
	public List<ChoiceSummary> choicesFor(NpsBand band) {
		return this.choices.stream().filter((choice) -> choice.band() == null || choice.band() == band).toList();
	}

}
