package org.rapport.insight;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapport.shared.InvalidInputException;

/**
 * A calendar quarter, written {@code 2026-Q4}.
 *
 * @param year the year
 * @param quarter 1 to 4
 */
public record Period(int year, int quarter) {

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

	/**
	 * The quarter a name gives.
	 * @param text such as {@code 2026-Q4}
	 * @return the quarter
	 * @throws InvalidInputException naming {@code period} when the text is not a quarter
	 */
	public static Period of(String text) {
		Matcher matcher = QUARTER.matcher((text != null) ? text.strip() : "");
		if (!matcher.matches()) {
			throw new InvalidInputException("period", "insight.period.not-a-quarter", String.valueOf(text));
		}
		return new Period(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
	}

	/**
	 * The quarter a day falls in.
	 * @param day the day
	 * @return its quarter
	 */
	public static Period containing(LocalDate day) {
		return new Period(day.getYear(), day.get(IsoFields.QUARTER_OF_YEAR));
	}

	public LocalDate start() {
		return LocalDate.of(this.year, (this.quarter - 1) * 3 + 1, 1);
	}

	public LocalDate end() {
		return start().plusMonths(3).minusDays(1);
	}

	public Period previous() {
		return (this.quarter == 1) ? new Period(this.year - 1, 4) : new Period(this.year, this.quarter - 1);
	}

	public Period next() {
		return (this.quarter == 4) ? new Period(this.year + 1, 1) : new Period(this.year, this.quarter + 1);
	}

	@Override
	public String toString() {
		return this.year + "-Q" + this.quarter;
	}

}
