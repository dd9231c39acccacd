package org.rapport.development;

/**
 * How a mentoring pair closes.
 *
 * @param outcome what came of it, up to 1000 characters
 * @param version the pair's version the closure was made over, may be {@code null}
 */
public record PairClosure(String outcome, Long version) {

	/** The longest outcome. */
	public static final int MAX_OUTCOME = 1000;

}
