package org.rapport.health;

/**
 * A person who owns relationships, as a filter offers them.
 *
 * @param id the person
 * @param name the person's name
 */
public record OwnerOption(long id, String name) {
}
