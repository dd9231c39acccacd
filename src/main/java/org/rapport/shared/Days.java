package org.rapport.shared;

import java.time.LocalDate;

/**
 * The range of days Rapport records: touchpoints, due dates and assessments lie between
 * 1900-01-01 and 2100-12-31. A day outside it is a typing error, not a plan, and some
 * databases cannot store it.
 */
public final class Days {

	/** The first day Rapport records. */
	public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);

	/** The last day Rapport records. */
	public static final LocalDate LAST = LocalDate.of(2100, 12, 31);

	private Days() {
	}

	/**
	 * Refuses a day outside the range; a missing day passes, for the field's own rule.
	 * @param field the input field, for the error
	 * @param day the day, may be {@code null}
	 * @throws InvalidInputException when the day lies outside the range
	 */
	public static void requireInRange(String field, LocalDate day) {
		if (day != null && (day.isBefore(FIRST) || day.isAfter(LAST))) {
			throw new InvalidInputException(field, "day.out-of-range", FIRST, LAST);
		}
	}

}
