package org.rapport.directory;

/**
 * The positions that make IT's relationships accountable. Each has exactly one holder
 * once assigned, and the head of relationship management reports directly to the CIO.
 */
public enum Position {

	CIO, HEAD_OF_RELATIONSHIP_MANAGEMENT

}
