package org.rapport.shared;

import java.util.Locale;

import org.springframework.context.MessageSourceResolvable;

/**
 * A requested object does not exist, or the caller may not know that it does. Its text is
 * the message {@code error.<kind>.not-found} with the id as argument, where the kind is
 * the one given in lower case with dashes for spaces ({@code "Person"} gives
 * {@code error.person.not-found}).
 */
public class NotFoundException extends RuntimeException implements MessageSourceResolvable {

	private final String code;

	private final Object id;

	/**
	 * Creates the exception.
	 * @param what the kind of object, such as {@code "Person"}, which names the message
	 * @param id the id that was asked for
	 */
	public NotFoundException(String what, Object id) {
		super(what + " " + id + " was not found");
		this.code = codeOf(what);
		this.id = id;
	}

	/**
	 * The message code of a kind of object that was not found.
	 * @param what the kind of object, such as {@code "Person"}
	 * @return the code, such as {@code error.person.not-found}
	 */
	public static String codeOf(String what) {
		return "error." + what.strip().toLowerCase(Locale.ROOT).replace(' ', '-') + ".not-found";
	}

	@Override
	public String[] getCodes() {
		return new String[] { this.code };
	}

	@Override
	public Object[] getArguments() {
		return new Object[] { String.valueOf(this.id) };
	}

	/**
	 * The code itself, so that a code not (yet) in the message bundle still shows.
	 */
	@Override
	public String getDefaultMessage() {
		return this.code;
	}

}
