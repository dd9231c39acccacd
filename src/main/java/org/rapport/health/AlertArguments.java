package org.rapport.health;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Stores an alert's message arguments in one column, each tagged with its kind so that it
 * reads back as the number, text or day it was.
 */
final class AlertArguments {

	private static final String SEPARATOR = "\u001f";

	private AlertArguments() {
	}

	static String encode(List<Object> arguments) {
		StringJoiner joined = new StringJoiner(SEPARATOR);
		for (Object argument : arguments) {
			if (argument instanceof Number number) {
				joined.add("n:" + number.longValue());
			}
			else if (argument instanceof LocalDate day) {
				joined.add("d:" + day);
			}
			else {
				joined.add("s:" + String.valueOf(argument).replace(SEPARATOR, " "));
			}
		}
		return joined.toString();
	}

	static List<Object> decode(String encoded) {
		List<Object> arguments = new ArrayList<>();
		if (encoded == null || encoded.isEmpty()) {
			return arguments;
		}
		for (String part : encoded.split(SEPARATOR, -1)) {
			String value = part.substring(2);
			arguments.add(switch (part.charAt(0)) {
				case 'n' -> Long.valueOf(value);
				case 'd' -> LocalDate.parse(value);
				default -> value;
			});
		}
		return List.copyOf(arguments);
	}

}
