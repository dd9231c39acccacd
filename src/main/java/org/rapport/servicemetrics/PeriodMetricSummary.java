package org.rapport.servicemetrics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A service's figures for a business unit over a period, as Rapport keeps them.
 *
 * @param id the row
 * @param service the service
 * @param unitId the business unit in the directory, {@code null} when the directory has
 * no business unit of the name given (the figures then count as not attributed)
 * @param unitName the business unit's name, as the directory writes it where it has one
 * @param periodStart the period's first day
 * @param periodEnd its last day
 * @param availabilityPercent the availability in percent
 * @param incidents the incidents, {@code null} when not given
 * @param slaMetPercent the SLAs met in percent, {@code null} when not given
 * @param source {@code generic} for a file, {@code intake} for a monitoring tool's call
 * @param receivedAt when the figures were last changed
 * @param change what the last write did to the row
 */
public record PeriodMetricSummary(long id, String service, Long unitId, String unitName, LocalDate periodStart,
		LocalDate periodEnd, BigDecimal availabilityPercent, Integer incidents, BigDecimal slaMetPercent, String source,
		LocalDateTime receivedAt, Change change) {

	/** What a write did to a row. */
	public enum Change {

		CREATED, UPDATED, UNCHANGED

	}

}
