package org.rapport.surveys;

import org.rapport.shared.NotFoundException;

/**
 * A survey link that opens nothing: not a token Rapport issued.
 */
public class SurveyLinkException extends NotFoundException {

	SurveyLinkException() {
		super("survey-link", "");
	}

}
