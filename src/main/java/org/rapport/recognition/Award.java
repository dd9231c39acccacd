package org.rapport.recognition;

/**
 * An award given each quarter.
 *
 * @param key what the API names it by, such as {@code relationship-builder}
 * @param name how pages show it
 */
public record Award(String key, String name) {
}
