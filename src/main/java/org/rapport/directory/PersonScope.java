package org.rapport.directory;

/**
 * Who may fill a field that takes a person, and so whom the people picker offers.
 */
public enum PersonScope {

	/** Anyone in the directory. */
	ANYONE,

	/** People in IT: owners, participants, those who keep commitments, IT contacts. */
	IT,

	/** The people of one unit: the counterpart's people for its stakeholders. */
	UNIT

}
