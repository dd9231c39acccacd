/**
 * Touchpoints on relationships: meetings, calls, workshops, business reviews, escalations
 * and the rest, who took part and whom they met, and the sentiment. Logging one notes
 * real contact on the relationship, which drives its cadence.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "directory", "accounts", "relationships" })
package org.rapport.interactions;
