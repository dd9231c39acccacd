package org.rapport.shared;

/**
 * A change that does not fit the state a record is in now, such as breaking a commitment
 * that has been kept. Usually someone else moved it first; nothing has been stored when
 * it is thrown.
 */
public class StateConflictException extends RuntimeException {

	public StateConflictException(String message) {
		super(message);
	}

}
