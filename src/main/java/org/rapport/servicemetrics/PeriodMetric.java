package org.rapport.servicemetrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.UnaryOperator;

import org.rapport.shared.InvalidInputException;

/**
 * A service's figures for a business unit over a period, as a generic metric CSV row or a
 * monitoring tool states them, checked by the rules both share.
 *
 * @param service the service
 * @param businessUnit the business unit's name; {@code null} when it is given by id
 * @param businessUnitId the business unit's id; {@code null} when it is given by name
 * @param periodStart the period's first day
 * @param periodEnd its last day
 * @param availabilityPercent the service's availability, 0 to 100, to four decimals
 * @param incidents how many incidents it had, {@code null} when not given
 * @param slaMetPercent the share of its incidents resolved within their SLA, 0 to 100,
 * {@code null} when not given
 */
public record PeriodMetric(String service, String businessUnit, Long businessUnitId, LocalDate periodStart,
		LocalDate periodEnd, BigDecimal availabilityPercent, Integer incidents, BigDecimal slaMetPercent) {

	/** The longest service or business unit name kept. */
	public static final int MAX_NAME = 200;

	/** The decimals a percent keeps. */
	static final int SCALE = 4;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * Checks a metric's values.
	 * @param row the file's row the values come from, the header being row 1; 0 when they
	 * were sent on their own. It comes first among a refusal's arguments, so that one
	 * message serves a file's row and a request alike.
	 * @param names how the caller names each value: a CSV's column, an API's property.
	 * Keys are {@code service}, {@code businessUnit}, {@code businessUnitId},
	 * {@code periodStart}, {@code periodEnd}, {@code availability}, {@code incidents},
	 * {@code slaMet}
	 * @param service the service
	 * @param businessUnit the business unit's name
	 * @param businessUnitId the business unit's id, instead of its name
	 * @param periodStart the period's first day
	 * @param periodEnd its last day
	 * @param availabilityPercent the availability
	 * @param incidents the incidents, may be {@code null}
	 * @param slaMetPercent the SLAs met, may be {@code null}
	 * @return the metric, names stripped and percents rounded to four decimals
	 * @throws InvalidInputException naming the value at fault as the caller names it,
	 * with the row, that name and the value as arguments
	 */
	public static PeriodMetric of(int row, UnaryOperator<String> names, String service, String businessUnit,
			Long businessUnitId, LocalDate periodStart, LocalDate periodEnd, BigDecimal availabilityPercent,
			Long incidents, BigDecimal slaMetPercent) {
		String serviceName = (service != null) ? service.strip() : "";
		if (serviceName.isEmpty()) {
			throw new InvalidInputException(names.apply("service"), "servicemetrics.metric.service-required", row,
					names.apply("service"), "");
		}
		if (serviceName.length() > MAX_NAME) {
			throw new InvalidInputException(names.apply("service"), "servicemetrics.metric.too-long", row,
					names.apply("service"), MAX_NAME);
		}
		String unitName = (businessUnit != null && !businessUnit.isBlank()) ? businessUnit.strip() : null;
		if (unitName != null && businessUnitId != null) {
			throw new InvalidInputException(names.apply("businessUnitId"), "servicemetrics.metric.unit-twice", row,
					names.apply("businessUnitId"), names.apply("businessUnit"));
		}
		if (unitName == null && businessUnitId == null) {
			throw new InvalidInputException(names.apply("businessUnit"), "servicemetrics.metric.unit-required", row,
					names.apply("businessUnit"), "");
		}
		if (unitName != null && unitName.length() > MAX_NAME) {
			throw new InvalidInputException(names.apply("businessUnit"), "servicemetrics.metric.too-long", row,
					names.apply("businessUnit"), MAX_NAME);
		}
		if (periodStart == null) {
			throw new InvalidInputException(names.apply("periodStart"), "servicemetrics.metric.period-required", row,
					names.apply("periodStart"), "");
		}
		if (periodEnd == null) {
			throw new InvalidInputException(names.apply("periodEnd"), "servicemetrics.metric.period-required", row,
					names.apply("periodEnd"), "");
		}
		if (periodEnd.isBefore(periodStart)) {
			throw new InvalidInputException(names.apply("periodEnd"), "servicemetrics.metric.period-reversed", row,
					names.apply("periodEnd"), periodEnd.toString(), periodStart.toString());
		}
		if (availabilityPercent == null) {
			throw new InvalidInputException(names.apply("availability"), "servicemetrics.metric.availability-required",
					row, names.apply("availability"), "");
		}
		if (!isPercent(availabilityPercent)) {
			throw new InvalidInputException(names.apply("availability"), "servicemetrics.metric.not-a-percent", row,
					names.apply("availability"), availabilityPercent.toPlainString());
		}
		if (incidents != null && (incidents < 0 || incidents > Integer.MAX_VALUE)) {
			throw new InvalidInputException(names.apply("incidents"), "servicemetrics.metric.not-a-count", row,
					names.apply("incidents"), incidents.toString());
		}
		if (slaMetPercent != null && !isPercent(slaMetPercent)) {
			throw new InvalidInputException(names.apply("slaMet"), "servicemetrics.metric.not-a-percent", row,
					names.apply("slaMet"), slaMetPercent.toPlainString());
		}
		return new PeriodMetric(serviceName, unitName, businessUnitId, periodStart, periodEnd,
				scaled(availabilityPercent), (incidents != null) ? incidents.intValue() : null, scaled(slaMetPercent));
	}

	/**
	 * The period's length, the weight of its availability in a mean over periods.
	 * @return the days from start to end, both included
	 */
	public int days() {
		return (int) ChronoUnit.DAYS.between(this.periodStart, this.periodEnd) + 1;
	}

	/**
	 * The same metric for the business unit as the directory names it.
	 * @param unitId the unit's id
	 * @param unitName its name
	 * @return the metric
	 */
	PeriodMetric forUnit(Long unitId, String unitName) {
		return new PeriodMetric(this.service, unitName, unitId, this.periodStart, this.periodEnd,
				this.availabilityPercent, this.incidents, this.slaMetPercent);
	}

	private static boolean isPercent(BigDecimal value) {
		return value.signum() >= 0 && value.compareTo(HUNDRED) <= 0;
	}

	private static BigDecimal scaled(BigDecimal value) {
		return (value != null) ? value.setScale(SCALE, RoundingMode.HALF_UP) : null;
	}

}
