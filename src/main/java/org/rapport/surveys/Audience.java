package org.rapport.surveys;

/**
 * Who a template is written for.
 */
public enum Audience {

	/** The stakeholders of the chosen relationships on the business side. */
	PARTNERS,

	/** IT staff, such as the owners and participants of the chosen relationships. */
	IT_STAFF,

	/** The contacts of vendors. */
	VENDOR_CONTACTS

}
