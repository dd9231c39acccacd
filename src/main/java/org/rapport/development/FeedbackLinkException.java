package org.rapport.development;

import org.rapport.shared.NotFoundException;

/**
 * A 360 link that opens nothing: unknown, answered already, or of a round that is not
 * open. The page says which, without saying whose 360 it was.
 */
public class FeedbackLinkException extends NotFoundException {

	private final Reason reason;

	FeedbackLinkException(Reason reason) {
		super("feedback-link", "");
		this.reason = reason;
	}

	/**
	 * Why the link opens nothing.
	 * @return the reason
	 */
	public Reason getReason() {
		return this.reason;
	}

	/**
	 * Why a link opens nothing.
	 */
	public enum Reason {

		/** No invitation has this link. */
		UNKNOWN,
		/** Its rater answered already: a link answers once. */
		ANSWERED,
		/** Its round is closed. */
		CLOSED

	}

}
