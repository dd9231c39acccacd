package org.rapport.shared;

/**
 * Input that breaks a rule of the domain, named by the field it concerns so that forms
 * and problem responses can point at it. Nothing has been stored when it is thrown.
 */
public class InvalidInputException extends RuntimeException {

	private final String field;

	public InvalidInputException(String field, String message) {
		super(message);
		this.field = field;
	}

	/**
	 * The name of the input field at fault, or {@code null} when the error concerns the
	 * input as a whole.
	 * @return the field name
	 */
	public String getField() {
		return this.field;
	}

}
