package org.rapport.shared;

import org.springframework.dao.DuplicateKeyException;

/**
 * Input that would create something a second time: a unit or account name in use, a
 * person who is already a stakeholder. The REST API answers 409, a page form shows it
 * beside its field like any other invalid input. It is thrown both when the check before
 * storing finds the duplicate and when another request stored it first and the database's
 * unique key refuses the second, so that parallel requests get the same answer. Like all
 * invalid input it carries a message code and its arguments.
 */
public class AlreadyExistsException extends InvalidInputException {

	/**
	 * Creates the exception for a duplicate found before storing.
	 * @param field the input field at fault, or {@code null}
	 * @param code the message code that says what exists already
	 * @param arguments the message's arguments
	 */
	public AlreadyExistsException(String field, String code, Object... arguments) {
		super(field, code, arguments);
	}

	/**
	 * Creates the exception for a duplicate that the database's unique key refused.
	 * @param field the input field at fault, or {@code null}
	 * @param cause the refusal of the unique key
	 * @param code the message code that says what exists already
	 * @param arguments the message's arguments
	 */
	public AlreadyExistsException(String field, DuplicateKeyException cause, String code, Object... arguments) {
		this(field, code, arguments);
		initCause(cause);
	}

	/**
	 * Creates the exception for a duplicate that the database's unique key refused, with
	 * a message code that takes no arguments.
	 * @param field the input field at fault, or {@code null}
	 * @param code the message code that says what exists already
	 * @param cause the refusal of the unique key
	 */
	public AlreadyExistsException(String field, String code, DuplicateKeyException cause) {
		this(field, cause, code);
	}

}
