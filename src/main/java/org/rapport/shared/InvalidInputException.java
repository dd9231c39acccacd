package org.rapport.shared;

import java.util.Arrays;

import org.springframework.context.MessageSourceResolvable;

/**
 * Input that breaks a rule of the domain, named by the field it concerns so that forms
 * and problem responses can point at it. Nothing has been stored when it is thrown. It
 * carries a message code and its arguments, rendered from {@code messages.properties}
 * where it is shown.
 */
public class InvalidInputException extends RuntimeException implements MessageSourceResolvable {

	private final String field;

	private final String code;

	private final Object[] arguments;

	/**
	 * Creates the exception.
	 * @param field the input field at fault, or {@code null}
	 * @param code the message code that says what is wrong
	 * @param arguments the message's arguments
	 */
	public InvalidInputException(String field, String code, Object... arguments) {
		super(code + ((arguments.length > 0) ? " " + Arrays.toString(arguments) : ""));
		this.field = field;
		this.code = code;
		this.arguments = arguments.clone();
	}

	/**
	 * The name of the input field at fault, or {@code null} when the error concerns the
	 * input as a whole.
	 * @return the field name
	 */
	public String getField() {
		return this.field;
	}

	/**
	 * The message code that says what is wrong.
	 * @return the code
	 */
	public String getCode() {
		return this.code;
	}

	/**
	 * The same error for another field, such as a row of a list.
	 * @param newField the field's name
	 * @return the exception
	 */
	public InvalidInputException forField(String newField) {
		return new InvalidInputException(newField, this.code, this.arguments);
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
