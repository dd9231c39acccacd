package org.rapport.relationships;

/**
 * Where a stakeholder stands towards IT.
 */
public enum Stance {

	CHAMPION, SUPPORTER, NEUTRAL, SCEPTIC, DETRACTOR

}
