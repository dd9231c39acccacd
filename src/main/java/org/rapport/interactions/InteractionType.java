package org.rapport.interactions;

/**
 * What kind of touchpoint an interaction was.
 */
public enum InteractionType {

	MEETING, CALL, EMAIL, WORKSHOP, BUSINESS_REVIEW, ESCALATION, SOCIAL

}
