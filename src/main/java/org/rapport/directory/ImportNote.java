package org.rapport.directory;

/**
 * Something an import noticed in the data and what it did about it: names trimmed,
 * managers found by name, managers that are not in the directory.
 *
 * @param topic a short code for the kind of note
 * @param message the note for people
 */
public record ImportNote(String topic, String message) {
}
