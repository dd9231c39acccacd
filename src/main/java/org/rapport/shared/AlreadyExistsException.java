package org.rapport.shared;

import org.springframework.dao.DuplicateKeyException;

/**
 * Input that would create something a second time: a unit or account name in use, a
 * person who is already a stakeholder. The REST API answers 409, a page form shows it
 * beside its field like any other invalid input. It is thrown both when the check before
 * storing finds the duplicate and when another request stored it first and the database's
 * unique key refuses the second, so that parallel requests get the same answer.
 */
public class AlreadyExistsException extends InvalidInputException {

	public AlreadyExistsException(String field, String code, Object... arguments) {
		super(field, code, arguments);
	}

	public AlreadyExistsException(String field, String message, DuplicateKeyException cause) {
		this(field, message);
		initCause(cause);
	}

}
