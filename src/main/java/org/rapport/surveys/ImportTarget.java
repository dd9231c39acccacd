package org.rapport.surveys;

/**
 * What a column of an imported file can be mapped to.
 *
 * @param key the name a mapping gives it, such as {@code recommend},
 * {@code prompt.minimum} or {@code segment}
 * @param question the wording of its question, {@code null} for what responses are
 * grouped by
 * @param part for a service quality item, {@code minimum}, {@code desired} or
 * {@code perceived}; {@code null} otherwise
 * @param required whether a mapping must name it
 */
public record ImportTarget(String key, String question, String part, boolean required) {
}
