package org.rapport.surveys;

/**
 * One of a choice question's answers.
 *
 * @param key stable within its question
 * @param text the wording
 * @param band the band of the recommendation score it is offered for, {@code null} for
 * every band
 */
public record ChoiceSummary(String key, String text, NpsBand band) {
}
