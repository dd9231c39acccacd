package org.rapport.surveys;

import java.util.List;

/**
 * A change to an organisation's copy of a template: its name, description and questions
 * as they should be, in order. Its rules are checked in one place,
 * {@link SurveyManagement#changeTemplate}, for the page and the API alike.
 *
 * @param name the template's name
 * @param description what it measures
 * @param questions the questions in order: those with the key of an existing question
 * change it; those without a key are added; existing questions left out are removed
 */
public record TemplateChange(String name, String description, List<QuestionChange> questions) {

	/**
	 * One question as it should be.
	 *
	 * @param key the existing question's key, {@code null} for a new question
	 * @param text its wording
	 * @param required whether a response must answer it
	 * @param kind for a new question, {@code RATING} or {@code TEXT}
	 * @param scaleMax for a new rating, its highest score: 5, 7, 9 or 10
	 */
	public record QuestionChange(String key, String text, Boolean required, QuestionKind kind, Integer scaleMax) {
	}

}
