package org.rapport.development;

/**
 * How a coaching engagement ends.
 *
 * @param outcome what came of it, up to 1000 characters, required
 * @param version the engagement's version the ending was made over, may be {@code null}
 */
public record CoachingEnding(String outcome, Long version) {

	/** The longest outcome. */
	public static final int MAX_OUTCOME = 1000;

}
