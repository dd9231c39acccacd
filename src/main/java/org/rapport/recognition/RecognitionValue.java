package org.rapport.recognition;

/**
 * A relationship value kudos are tagged with.
 *
 * @param key what the API names it by, such as {@code kept-a-promise}
 * @param label how pages show it
 */
public record RecognitionValue(String key, String label) {
}
