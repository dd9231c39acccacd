package org.rapport.shared;

import java.util.Arrays;

import org.springframework.context.MessageSourceResolvable;

/**
 * A change that does not fit the state a record is in now, such as breaking a commitment
 * that has been kept. Usually someone else moved it first; nothing has been stored when
 * it is thrown. It carries a message code and its arguments, rendered from
 * {@code messages.properties} where it is shown.
 */
public class StateConflictException extends RuntimeException implements MessageSourceResolvable {

	private final String code;

	private final Object[] arguments;

	/**
	 * Creates the exception.
	 * @param code the message code that says why the change does not fit
	 * @param arguments the message's arguments
	 */
	public StateConflictException(String code, Object... arguments) {
		super(code + ((arguments.length > 0) ? " " + Arrays.toString(arguments) : ""));
		this.code = code;
		this.arguments = arguments.clone();
	}

	/**
	 * The message code that says why the change does not fit.
	 * @return the code
	 */
	public String getCode() {
		return this.code;
	}

	@Override
	public String[] getCodes() {
		return new String[] { this.code };
	}

	@Override
	public Object[] getArguments() {
		return this.arguments.clone();
	}

	/**
	 * The code itself, so that a code not (yet) in the message bundle still shows.
	 */
	@Override
	public String getDefaultMessage() {
		return this.code;
	}

}
