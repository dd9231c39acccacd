package org.rapport.directory;

import java.util.List;

/**
 * Something an import noticed in the data and what it did about it: names trimmed,
 * managers found by name, managers that are not in the directory. What it says is a
 * message: its code and arguments, and the text they render to.
 *
 * @param topic a short code for the kind of note
 * @param code the message's code in {@code messages.properties}
 * @param arguments the message's arguments: numbers and text
 * @param message the note rendered in the server's message locale, {@code null} until the
 * note is stored and read back
 */
public record ImportNote(String topic, String code, List<Object> arguments, String message) {

	static ImportNote of(String topic, String code, Object... arguments) {
		return new ImportNote(topic, code, List.of(arguments), null);
	}

	/**
	 * The arguments to render the message with.
	 * @return the arguments
	 */
	public Object[] messageArguments() {
		return this.arguments.toArray();
	}

}
