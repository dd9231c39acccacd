package org.rapport.relationships;

/**
 * Whose view an assessment of a relationship gives: IT's own, or its counterpart's.
 */
public enum Side {

	IT, COUNTERPART

}
