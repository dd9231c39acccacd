package org.rapport.shared;

/**
 * A requested object does not exist, or the caller may not know that it does.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super(what + " " + id + " was not found");
	}

}
