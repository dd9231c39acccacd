package org.rapport.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Stores the arguments of a message in one text column, each tagged with its kind so that
 * it reads back as the number, text, day or message code it was. Stored data holds a
 * message code and these arguments, never the rendered sentence.
 */
public final class MessageArguments {

	/** The longest text argument kept; longer ones are cut with an ellipsis. */
	public static final int MAX_TEXT = 900;

	private static final String SEPARATOR = "\u001f";

	private MessageArguments() {
	}

	/**
	 * Encodes arguments for storing.
	 * @param arguments numbers, days, {@link Code}s and text (anything else is stored as
	 * its text)
	 * @return the encoded arguments, empty for none
	 */
	public static String encode(List<?> arguments) {
		StringJoiner joined = new StringJoiner(SEPARATOR);
		for (Object argument : arguments) {
			if (argument instanceof Number number) {
				joined.add("n:" + number.longValue());
			}
			else if (argument instanceof LocalDate day) {
				joined.add("d:" + day);
			}
			else if (argument instanceof Code code) {
				joined.add("m:" + code.code());
			}
			else {
				String text = String.valueOf(argument).replace(SEPARATOR, " ");
				joined.add("s:" + ((text.length() <= MAX_TEXT) ? text : text.substring(0, MAX_TEXT - 1) + "…"));
			}
		}
		return joined.toString();
	}

	/**
	 * Reads stored arguments back.
	 * @param encoded what {@link #encode(List)} returned, or {@code null}
	 * @return the arguments: {@code Long}, {@code LocalDate}, {@link Code} and
	 * {@code String} values
	 */
	public static List<Object> decode(String encoded) {
		List<Object> arguments = new ArrayList<>();
		if (encoded == null || encoded.isEmpty()) {
			return arguments;
		}
		for (String part : encoded.split(SEPARATOR, -1)) {
			String value = part.substring(2);
			arguments.add(switch (part.charAt(0)) {
				case 'n' -> Long.valueOf(value);
				case 'd' -> LocalDate.parse(value);
				case 'm' -> new Code(value);
				default -> value;
			});
		}
		return List.copyOf(arguments);
	}

	/**
	 * An argument that is itself a message, such as the name of a health component,
	 * rendered in the reader's language where the message is shown.
	 *
	 * @param code the argument's message code in {@code messages.properties}
	 */
	public record Code(String code) {

		/**
		 * The argument as a message source renders it among the arguments of another
		 * message.
		 * @return the argument to render
		 */
		public MessageSourceResolvable resolvable() {
			return new DefaultMessageSourceResolvable(new String[] { this.code }, null, this.code);
		}

	}

}
