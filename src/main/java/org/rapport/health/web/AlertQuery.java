package org.rapport.health.web;

import java.util.Locale;

import org.rapport.health.AlertFilter;
import org.rapport.health.AlertType;
import org.rapport.health.Band;

/**
 * The alerts page's query string, which its action forms carry along so that the page
 * shown after an action keeps the filters.
 *
 * @param relationshipId only this relationship's alerts
 * @param type only this type
 * @param state {@code open} (the default), {@code acknowledged}, {@code snoozed} or
 * {@code all}
 * @param band only relationships in this band
 * @param assignedToMe only alerts assigned to the caller
 * @param q only relationships with this in a name
 * @param after the cursor
 */
record AlertQuery(Long relationshipId, AlertType type, String state, Band band, Boolean assignedToMe, String q,
		String after) {

	AlertFilter filter() {
		return new AlertFilter(this.relationshipId, this.type, AlertFilter.states(this.state), this.band,
				Boolean.TRUE.equals(this.assignedToMe), this.q);
	}

	/**
	 * The state asked for, as the filter's choice shows it.
	 * @return the state in lower case, {@code open} when none was asked for
	 */
	public String stateOrDefault() {
		return (this.state == null || this.state.isBlank()) ? "open" : this.state.strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * Whether anything but the default is asked for.
	 * @return {@code true} when a filter narrows or widens the list
	 */
	public boolean filtered() {
		return this.relationshipId != null || this.type != null || !stateOrDefault().equals("open") || this.band != null
				|| Boolean.TRUE.equals(this.assignedToMe) || (this.q != null && !this.q.isBlank());
	}

	/**
	 * The same query on its first page.
	 * @return the query without its cursor
	 */
	AlertQuery firstPage() {
		return new AlertQuery(this.relationshipId, this.type, this.state, this.band, this.assignedToMe, this.q, null);
	}

}
