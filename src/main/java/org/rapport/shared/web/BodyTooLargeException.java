package org.rapport.shared.web;

import java.io.IOException;

/**
 * A request body grew past the limit while it was read.
 */
public class BodyTooLargeException extends IOException {

	BodyTooLargeException(long limit) {
		super("The request body is larger than " + limit + " bytes");
	}

}
