package org.rapport.development;

/**
 * Where a gap in a competency was seen.
 */
public enum GapSource {

	/** A 360: those who rated the person put it below the middle of the scale. */
	FEEDBACK,

	/** A service quality survey: partners perceive the dimension below their minimum. */
	SERVICE_QUALITY,

	/**
	 * A trust assessment: partners rate the dimension on the wrong side of the middle.
	 */
	TRUST

}
