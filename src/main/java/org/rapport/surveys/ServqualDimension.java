package org.rapport.surveys;

/**
 * The five dimensions of service quality that SERVQUAL items are grouped by.
 */
enum ServqualDimension {

	/** Doing what was promised, dependably and accurately. */
	RELIABILITY,

	/** Willingness to help and prompt service. */
	RESPONSIVENESS,

	/** Knowledge and courtesy, and the ability to inspire trust and confidence. */
	ASSURANCE,

	/** Caring, individual attention. */
	EMPATHY,

	/** Facilities, equipment, tools and the look of what is delivered. */
	TANGIBLES

}
