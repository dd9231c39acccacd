package org.rapport.relationships.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.rapport.relationships.Maturity;
import org.rapport.relationships.MaturityAssessment;
import org.rapport.relationships.Side;

/**
 * Both sides' views of a relationship's maturity over time, laid out for a small SVG
 * chart: one step line a side, since a view stands until the next assessment replaces it.
 *
 * @param series one line a side that has assessments
 * @param levels the five levels, bottom to top
 * @param ticks the dates marked along the time axis
 */
public record MaturityChart(List<Series> series, List<Level> levels, List<Tick> ticks) {

	/** The chart's width in SVG units. */
	public static final int WIDTH = 640;

	/** The chart's height in SVG units. */
	public static final int HEIGHT = 230;

	static final int LEFT = 132;

	static final int RIGHT = 620;

	static final int TOP = 20;

	static final int BOTTOM = 190;

	/**
	 * Lays out a relationship's assessments up to today.
	 * @param history the assessments, in any order
	 * @param today the day the lines run to
	 * @return the chart
	 */
	static MaturityChart of(List<MaturityAssessment> history, LocalDate today) {
		List<MaturityAssessment> ordered = history.stream()
			.sorted(Comparator.comparing(MaturityAssessment::assessedOn).thenComparingLong(MaturityAssessment::id))
			.toList();
		LocalDate first = ordered.isEmpty() ? today : ordered.get(0).assessedOn();
		// At least three months across, so that a first assessment is not squeezed
		// against the edge.
		LocalDate start = first.isAfter(today.minusMonths(3)) ? today.minusMonths(3) : first;
		long days = Math.max(1, ChronoUnit.DAYS.between(start, today));
		List<Series> series = new ArrayList<>();
		for (Side side : Side.values()) {
			List<Point> points = ordered.stream()
				.filter((assessment) -> assessment.side() == side)
				.map((assessment) -> new Point(x(assessment.assessedOn(), start, days),
						y(assessment.level()) + offset(side), assessment.maturity(), assessment.assessedOn()))
				.toList();
			if (!points.isEmpty()) {
				series.add(new Series(side, points, path(points, x(today, start, days))));
			}
		}
		List<Level> levels = new ArrayList<>();
		for (Maturity maturity : Maturity.values()) {
			levels.add(new Level(maturity, y(maturity.level())));
		}
		List<Tick> ticks = new ArrayList<>();
		// Half years across two years or so, whole years across more; a phone shows the
		// years alone.
		int step = (days > 900) ? 12 : 6;
		LocalDate tick = start.withDayOfMonth(1).withMonth((start.getMonthValue() <= 6) ? 7 : 1);
		if (tick.getMonthValue() == 1) {
			tick = tick.plusYears(1);
		}
		if (step == 12 && tick.getMonthValue() == 7) {
			tick = tick.plusMonths(6);
		}
		for (; !tick.isAfter(today); tick = tick.plusMonths(step)) {
			ticks.add(new Tick(tick, x(tick, start, days)));
		}
		return new MaturityChart(series, levels, ticks);
	}

	static long x(LocalDate day, LocalDate start, long days) {
		return LEFT + Math.round((double) (RIGHT - LEFT) * ChronoUnit.DAYS.between(start, day) / days);
	}

	/**
	 * Where both sides see the same level, their lines run a little apart so that both
	 * stay visible.
	 */
	static long offset(Side side) {
		return (side == Side.IT) ? -2 : 2;
	}

	static long y(int level) {
		return BOTTOM - Math.round((BOTTOM - TOP) * (level - 1) / 4.0);
	}

	/**
	 * A step line: each view holds until the next, and the last holds until today.
	 */
	private static String path(List<Point> points, long end) {
		StringBuilder path = new StringBuilder("M" + points.get(0).x() + " " + points.get(0).y());
		for (int i = 1; i < points.size(); i++) {
			path.append(" H").append(points.get(i).x()).append(" V").append(points.get(i).y());
		}
		return path.append(" H").append(end).toString();
	}

	/**
	 * One side's views over time.
	 *
	 * @param side whose views
	 * @param points each assessment, oldest first
	 * @param path the SVG path of the step line
	 */
	public record Series(Side side, List<Point> points, String path) {
	}

	/**
	 * One assessment on the chart.
	 *
	 * @param x the horizontal position
	 * @param y the vertical position
	 * @param maturity the level
	 * @param assessedOn the day
	 */
	public record Point(long x, long y, Maturity maturity, LocalDate assessedOn) {
	}

	/**
	 * A level's line across the chart.
	 *
	 * @param maturity the level
	 * @param y its vertical position
	 */
	public record Level(Maturity maturity, long y) {
	}

	/**
	 * A date marked on the time axis.
	 *
	 * @param day the date
	 * @param x its horizontal position
	 */
	public record Tick(LocalDate day, long x) {

		/**
		 * Tells whether the tick marks the start of a year.
		 * @return {@code true} on the first of January
		 */
		public boolean newYear() {
			return this.day.getDayOfYear() == 1;
		}

	}

}
