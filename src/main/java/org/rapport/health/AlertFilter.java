package org.rapport.health;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.rapport.shared.InvalidInputException;

/**
 * Which alerts to list; every part but the states is optional.
 *
 * @param relationshipId only this relationship's alerts
 * @param type only alerts of this type
 * @param states only alerts in these states
 * @param band only alerts of relationships whose health is in this band
 * @param assignedToMe only alerts assigned to the caller
 * @param search only alerts of relationships whose counterpart or IT group has this in
 * its name
 */
public record AlertFilter(Long relationshipId, AlertType type, Set<AlertState> states, Band band, boolean assignedToMe,
		String search) {

	/** The longest search text taken. */
	public static final int MAX_SEARCH = 200;

	public AlertFilter {
		states = (states == null || states.isEmpty()) ? Set.of(AlertState.OPEN) : Set.copyOf(states);
		search = (search == null || search.isBlank()) ? null : search.strip();
		if (search != null && search.length() > MAX_SEARCH) {
			throw new InvalidInputException("q", "alerts.search-too-long", MAX_SEARCH);
		}
	}

	/**
	 * The open alerts, whatever else they are.
	 * @return the filter
	 */
	public static AlertFilter open() {
		return new AlertFilter(null, null, Set.of(AlertState.OPEN), null, false, null);
	}

	/**
	 * The alerts of one relationship in every state.
	 * @param relationshipId the relationship
	 * @return the filter
	 */
	public static AlertFilter everyStateOf(long relationshipId) {
		return new AlertFilter(relationshipId, null, EnumSet.allOf(AlertState.class), null, false, null);
	}

	/**
	 * The states a client asks for: {@code open}, {@code acknowledged}, {@code snoozed}
	 * or {@code all}, in any case; open ones when it does not say.
	 * @param state what the client sent, may be {@code null}
	 * @return the states
	 * @throws InvalidInputException naming {@code state} for anything else
	 */
	public static Set<AlertState> states(String state) {
		if (state == null || state.isBlank()) {
			return Set.of(AlertState.OPEN);
		}
		String wanted = state.strip().toUpperCase(Locale.ROOT);
		if (wanted.equals("ALL")) {
			return EnumSet.allOf(AlertState.class);
		}
		for (AlertState one : AlertState.values()) {
			if (one.name().equals(wanted)) {
				return Set.of(one);
			}
		}
		throw new InvalidInputException("state", "alerts.state-invalid");
	}

	/**
	 * Whether the filter asks for every state.
	 * @return {@code true} for open, acknowledged and snoozed alike
	 */
	public boolean everyState() {
		return this.states.size() == AlertState.values().length;
	}

	/**
	 * The same filter for alerts of any type, for counting each type.
	 * @return the filter
	 */
	public AlertFilter anyType() {
		return new AlertFilter(this.relationshipId, null, this.states, this.band, this.assignedToMe, this.search);
	}

}
