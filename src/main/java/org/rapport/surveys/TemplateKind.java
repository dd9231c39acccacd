package org.rapport.surveys;

/**
 * What a template measures, which decides how its results are figured.
 */
public enum TemplateKind {

	/** The recommendation question (NPS) with its reasons and a comment. */
	PULSE,

	/**
	 * The five service quality dimensions on three columns: minimum, desired, perceived.
	 */
	SERVICE_QUALITY,

	/** IT rating itself on the items its partners rate it on. */
	MIRROR,

	/** Where the relationship stands on the portfolio's five maturity levels. */
	MATURITY,

	/** Credibility, reliability, intimacy and self-orientation: the trust quotient. */
	TRUST,

	/** IT rating a vendor. */
	VENDOR_REVIEW,

	/** A vendor rating IT as a customer. */
	VENDOR_RATES_IT

}
