package org.rapport.relationships;

/**
 * How much a relationship matters, which sets how often IT should be in real contact.
 */
public enum Tier {

	STRATEGIC, CORE, TRANSACTIONAL

}
