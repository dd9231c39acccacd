package org.rapport.health;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A relationship's score in one week, with the value of each component that counted.
 *
 * @param weekOn the Monday that starts the week
 * @param score the score
 * @param band its band
 * @param components each counted component's value that week, from 0 to 100; empty for
 * weeks stored before components were kept
 */
public record WeekScore(LocalDate weekOn, int score, Band band, Map<HealthComponent, Integer> components) {

	public WeekScore {
		// In the components' order, for the charts and the API alike.
		components = components.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(components));
	}

	/**
	 * A component's value that week.
	 * @param component the component
	 * @return its value from 0 to 100, or {@code null} when it did not count or was not
	 * kept
	 */
	public Integer component(HealthComponent component) {
		return this.components.get(component);
	}

}
