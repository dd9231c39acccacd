package org.rapport.recognition;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapport.shared.InvalidInputException;

/**
 * A quarter of the fiscal year, written {@code 2026-Q4}: the fiscal year is named by the
 * calendar year it ends in, and begins in {@code rapport.recognition.fiscal-year-start}
 * (January by default, when fiscal and calendar quarters are the same).
 *
 * @param year the fiscal year
 * @param quarter 1 to 4
 * @param startMonth the month the fiscal year begins in, 1 to 12
 */
public record ScorecardPeriod(int year, int quarter, int startMonth) {

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

	/**
	 * The quarter a name gives.
	 * @param text such as {@code 2026-Q4}
	 * @param startMonth the month the fiscal year begins in
	 * @return the quarter
	 * @throws InvalidInputException naming {@code period} when the text is not a quarter
	 */
	public static ScorecardPeriod of(String text, int startMonth) {
		Matcher matcher = QUARTER.matcher((text != null) ? text.strip() : "");
		if (!matcher.matches()) {
			throw new InvalidInputException("period", "recognition.period.not-a-quarter", String.valueOf(text));
		}
		return new ScorecardPeriod(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)), startMonth);
	}

	/**
	 * The quarter a day falls in.
	 * @param day the day
	 * @param startMonth the month the fiscal year begins in
	 * @return its quarter
	 */
	public static ScorecardPeriod containing(LocalDate day, int startMonth) {
		int monthsIn = Math.floorMod(day.getMonthValue() - startMonth, 12);
		int startYear = (day.getMonthValue() >= startMonth) ? day.getYear() : day.getYear() - 1;
		int year = (startMonth == 1) ? startYear : startYear + 1;
		return new ScorecardPeriod(year, monthsIn / 3 + 1, startMonth);
	}

	public LocalDate start() {
		LocalDate yearStart = LocalDate.of((this.startMonth == 1) ? this.year : this.year - 1, this.startMonth, 1);
		return yearStart.plusMonths(3L * (this.quarter - 1));
	}

	public LocalDate end() {
		return start().plusMonths(3).minusDays(1);
	}

	public ScorecardPeriod previous() {
		return (this.quarter == 1) ? new ScorecardPeriod(this.year - 1, 4, this.startMonth)
				: new ScorecardPeriod(this.year, this.quarter - 1, this.startMonth);
	}

	public ScorecardPeriod next() {
		return (this.quarter == 4) ? new ScorecardPeriod(this.year + 1, 1, this.startMonth)
				: new ScorecardPeriod(this.year, this.quarter + 1, this.startMonth);
	}

	@Override
	public String toString() {
		return this.year + "-Q" + this.quarter;
	}

}
