package org.rapport.health;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.rapport.directory.UnitKind;

/**
 * The portfolio's health at a glance.
 *
 * @param byKind how many relationships of each kind fall in each band
 * @param worst the weakest relationships, with their health and weekly history
 * @param trend the average score of each week, oldest first
 * @param alerts how many alerts of each type stand
 */
public record Glance(Map<UnitKind, Map<Band, Long>> byKind, List<Worst> worst, List<WeekAverage> trend,
		Map<AlertType, Long> alerts) {

	/**
	 * @param row the relationship as the portfolio lists it
	 * @param health its health now
	 */
	public record Worst(PortfolioRow row, Health health) {
	}

	/**
	 * @param weekOn the Monday that starts the week
	 * @param average the average score
	 * @param atRisk how many relationships were at risk
	 * @param count how many relationships were scored
	 */
	public record WeekAverage(LocalDate weekOn, double average, long atRisk, long count) {
	}

}
