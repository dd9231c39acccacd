package org.rapport.surveys;

import org.rapport.shared.StateConflictException;

/**
 * Results refused because, beside what the same user saw of the campaign recently, they
 * would single out fewer respondents than the campaign's minimum.
 */
public class DisclosureRefusedException extends StateConflictException {

	DisclosureRefusedException(int minimum) {
		super("error.survey.too-close", minimum);
	}

}
