package org.rapport.health;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A relationship's health: a score from 0 to 100, equal to 100 times the sum of each
 * component's weight times its value, rounded, and the band it falls in.
 *
 * @param relationshipId the relationship
 * @param score the score
 * @param band the band of the score
 * @param asOf the day the score describes
 * @param components the components that count, their weights summing to 1
 * @param notCounted the components that do not count yet, and why
 * @param history the weekly scores, oldest first
 */
public record Health(long relationshipId, int score, Band band, LocalDate asOf, List<ComponentScore> components,
		List<NotCounted> notCounted, List<WeekScore> history) {

	Health withHistory(List<WeekScore> weeks) {
		return new Health(this.relationshipId, this.score, this.band, this.asOf, this.components, this.notCounted,
				List.copyOf(weeks));
	}

	/**
	 * One of the components that count.
	 * @param name which component
	 * @return the component, empty when it does not count
	 */
	public Optional<ComponentScore> component(HealthComponent name) {
		return this.components.stream().filter((component) -> component.name() == name).findFirst();
	}

	/**
	 * The counted component that pulls the score down the most.
	 * @return the weakest component, or {@code null} when every one is at its best
	 */
	public ComponentScore weakest() {
		return this.components.stream()
			.filter((component) -> component.value() < 1)
			.max((a, b) -> Double.compare(a.weight() * (1 - a.value()), b.weight() * (1 - b.value())))
			.orElse(null);
	}

}
