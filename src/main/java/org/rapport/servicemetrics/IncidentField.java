package org.rapport.servicemetrics;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an incident export's columns can be read as. An export holds one row per update of
 * an incident; the incident's final state is its row with the highest revision, or its
 * last row where there is no revision.
 */
public enum IncidentField {

	/** The incident's number, the same on every row of the incident. Required. */
	NUMBER("number"),
	/** How many times the incident had been updated ({@code sys_mod_count}). */
	REVISION("revision"),
	/** The incident's state on the row. */
	STATE("state"),
	/**
	 * When the row's update happened, for event logs without opened and resolved times.
	 */
	EVENT_AT("eventAt"),
	/** When the incident was opened; without it, the time of its first event. */
	OPENED_AT("openedAt"),
	/** When it was resolved; without it, when it last entered a resolved state. */
	RESOLVED_AT("resolvedAt"),
	/** When it was closed. */
	CLOSED_AT("closedAt"),
	/** Whether it was resolved within its SLA target ({@code true} or {@code false}). */
	MADE_SLA("madeSla"),
	/** How many times it was reopened; without it, counted from its states. */
	REOPEN_COUNT("reopenCount"),
	/** How many times it was passed to another group. */
	REASSIGNMENT_COUNT("reassignmentCount"), PRIORITY("priority"), LOCATION("location"),
	ASSIGNMENT_GROUP("assignmentGroup"),
	/** Who reported it: matched to a person's employee id or email in the directory. */
	CALLER("caller"),
	/** The service or configuration item it concerns. */
	SERVICE("service"), CATEGORY("category");

	private final String key;

	IncidentField(String key) {
		this.key = key;
	}

	/**
	 * The field's name in a mapping.
	 * @return the key
	 */
	public String key() {
		return this.key;
	}

	static Optional<IncidentField> ofKey(String key) {
		return Arrays.stream(values()).filter((field) -> field.key.equals(key)).findFirst();
	}

}
