package org.rapport.development;

/**
 * A mentoring programme as entered on its page or in the API.
 *
 * @param name its name, up to 120 characters
 * @param description what it is for, up to 1000 characters, may be blank
 */
public record ProgrammeDraft(String name, String description) {

	/** The longest name. */
	public static final int MAX_NAME = 120;

	/** The longest description. */
	public static final int MAX_DESCRIPTION = 1000;

}
