package org.rapport.recognition;

/**
 * Who thanked: a colleague in IT, or a partner of IT.
 */
public enum KudosSource {

	/** A person in IT, by name. */
	COLLEAGUE,

	/** A business stakeholder or vendor contact, through the link of a survey. */
	PARTNER

}
