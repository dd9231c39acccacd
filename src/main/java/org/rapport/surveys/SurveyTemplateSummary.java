package org.rapport.surveys;

import java.util.List;

/**
 * A survey template and its questions.
 *
 * @param id the template's id
 * @param key its stable key, such as {@code relationship-pulse}
 * @param name its name
 * @param description what it measures
 * @param kind what it measures, which decides how its results are figured
 * @param audience who it is written for
 * @param shipped whether it came with Rapport (read-only) or is an organisation's copy
 * @param questions its questions in order
 * @param version the template's version, for changing a copy
 */
public record SurveyTemplateSummary(long id, String key, String name, String description, TemplateKind kind,
		Audience audience, boolean shipped, List<QuestionSummary> questions, long version) {
}
