package org.rapport.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * A row of an imported file that was not imported, and why. Why is a message: its code
 * and arguments, and the text they render to.
 *
 * @param row the row number in the file, the header being row 1
 * @param code the message's code in {@code messages.properties}
 * @param arguments the message's arguments after the row number: numbers and text
 * @param reason why the row was rejected, rendered in the server's message locale;
 * {@code null} until the rejection is stored and read back
 */
public record ImportRejection(int row, String code, List<Object> arguments, String reason) {

	public static ImportRejection of(int row, String code, Object... arguments) {
		return new ImportRejection(row, code, List.of(arguments), null);
	}

	/**
	 * The arguments to render the message with: the row number first.
	 * @return the arguments
	 */
	public Object[] messageArguments() {
		return messageArguments(this.row, this.arguments);
	}

	public static Object[] messageArguments(int row, List<Object> arguments) {
		List<Object> all = new ArrayList<>();
		all.add(row);
		all.addAll(arguments);
		return all.toArray();
	}

}
