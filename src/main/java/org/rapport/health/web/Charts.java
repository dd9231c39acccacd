package org.rapport.health.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rapport.health.HealthComponent;
import org.rapport.health.WeekScore;

/**
 * The geometry of the small SVG charts the health pages draw on the server.
 */
final class Charts {

	private Charts() {
	}

	/**
	 * The points of a line through scores from 0 to 100, spread evenly across a width.
	 * @param scores the scores, oldest first
	 * @param width the chart's width
	 * @param height the chart's height; 100 sits at the top
	 * @return the points for an SVG {@code polyline}, empty for fewer than two scores
	 */
	static String line(List<? extends Number> scores, double width, double height) {
		if (scores.size() < 2) {
			return "";
		}
		StringBuilder points = new StringBuilder();
		double step = width / (scores.size() - 1);
		for (int i = 0; i < scores.size(); i++) {
			double y = height - height * Math.max(0, Math.min(100, scores.get(i).doubleValue())) / 100;
			points.append(String.format(Locale.ROOT, "%.1f,%.1f ", i * step, y));
		}
		return points.toString().trim();
	}

	/** The width of a trend chart's plot in SVG units. */
	static final int TREND_WIDTH = 600;

	/**
	 * A weekly line from 0 to 100 across the trend chart's width, with a point for each
	 * week to read its value and the weeks that label the time axis.
	 * @param days the Monday of each week, oldest first
	 * @param values the value of each week
	 * @param height the plot's height; 100 sits at the top
	 * @return the chart, with no line for fewer than two weeks
	 */
	static Trend trend(List<LocalDate> days, List<? extends Number> values, double height) {
		int weeks = days.size();
		List<TrendPoint> points = new ArrayList<>();
		double step = (weeks > 1) ? (double) TREND_WIDTH / (weeks - 1) : 0;
		for (int i = 0; i < weeks; i++) {
			double value = values.get(i).doubleValue();
			points.add(new TrendPoint(days.get(i), (int) Math.round(value), round(i * step), round(y(value, height))));
		}
		List<DayTick> ticks = new ArrayList<>();
		for (int index : tickIndexes(weeks)) {
			ticks.add(new DayTick(days.get(index), points.get(index).x()));
		}
		return new Trend(line(values, TREND_WIDTH, height), points, ticks);
	}

	/**
	 * A weekly trend as an SVG chart draws it.
	 *
	 * @param line the points of the line, empty for fewer than two weeks
	 * @param points a point for each week
	 * @param ticks the weeks labelled on the time axis
	 */
	record Trend(String line, List<TrendPoint> points, List<DayTick> ticks) {

		public boolean isEmpty() {
			return this.line.isEmpty();
		}

	}

	/**
	 * One week of a trend.
	 *
	 * @param day the Monday that starts the week
	 * @param value the week's value, rounded
	 * @param x where the week is across
	 * @param y where the value is down
	 */
	record TrendPoint(LocalDate day, int value, double x, double y) {
	}

	/**
	 * Lays parts end to end across a width, each as wide as its share of the whole.
	 * @param parts the size of each part, in order; parts of size 0 get no segment
	 * @param width the width to fill, 100 for percentages
	 * @return the segments
	 */
	static <K> List<Segment<K>> segments(Map<K, ? extends Number> parts, double width) {
		double total = parts.values().stream().mapToDouble(Number::doubleValue).sum();
		List<Segment<K>> segments = new ArrayList<>();
		double x = 0;
		for (Map.Entry<K, ? extends Number> part : parts.entrySet()) {
			double size = part.getValue().doubleValue();
			if (size > 0 && total > 0) {
				double w = width * size / total;
				segments.add(new Segment<>(part.getKey(), part.getValue(), round(x), round(w), round(x + w / 2)));
				x += w;
			}
		}
		return segments;
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	/**
	 * One part of a bar.
	 *
	 * @param <K> what the parts are
	 * @param key which part
	 * @param size its size
	 * @param x where it starts
	 * @param width how wide it is
	 * @param middle where its middle is, for a label
	 */
	record Segment<K>(K key, Number size, double x, double width, double middle) {
	}

	/**
	 * The y of a score in a chart of a height, 100 at the top.
	 * @param score the score
	 * @param height the chart's height
	 * @return the y coordinate
	 */
	static double y(double score, double height) {
		return height - height * Math.max(0, Math.min(100, score)) / 100;
	}

	/** The width of a component's chart in SVG units. */
	static final int COMPONENT_WIDTH = 320;

	/** The height of a component's chart in SVG units, its date labels included. */
	static final int COMPONENT_HEIGHT = 146;

	static final int PLOT_LEFT = 34;

	static final int PLOT_RIGHT = 308;

	static final int PLOT_TOP = 8;

	static final int PLOT_BOTTOM = 118;

	/**
	 * One small line chart per component over the weeks of a history, each from 0 to 100
	 * on the same scale, with the weeks along the bottom. A week in which a component did
	 * not count breaks its line. Components that never counted get no chart.
	 * @param history the weekly scores, oldest first
	 * @return the charts, in the components' order
	 */
	static List<ComponentChart> components(List<WeekScore> history) {
		List<ComponentChart> charts = new ArrayList<>();
		int weeks = history.size();
		List<DayTick> ticks = new ArrayList<>();
		for (int index : tickIndexes(weeks)) {
			ticks.add(new DayTick(history.get(index).weekOn(), x(index, weeks)));
		}
		List<ValueTick> levels = new ArrayList<>();
		for (int value = 0; value <= 100; value += 25) {
			levels.add(new ValueTick(value, plotY(value), value % 50 == 0));
		}
		for (HealthComponent component : HealthComponent.values()) {
			List<ChartPoint> points = new ArrayList<>();
			List<String> lines = new ArrayList<>();
			StringBuilder line = new StringBuilder();
			int inLine = 0;
			for (int i = 0; i < weeks; i++) {
				Integer value = history.get(i).component(component);
				if (value == null) {
					if (inLine > 1) {
						lines.add(line.toString().trim());
					}
					line.setLength(0);
					inLine = 0;
					continue;
				}
				ChartPoint point = new ChartPoint(history.get(i).weekOn(), value, x(i, weeks), plotY(value));
				points.add(point);
				line.append(String.format(Locale.ROOT, "%.1f,%.1f ", point.x(), point.y()));
				inLine++;
			}
			if (inLine > 1) {
				lines.add(line.toString().trim());
			}
			if (!points.isEmpty()) {
				charts.add(new ComponentChart(component, points, lines, ticks, levels,
						points.get(points.size() - 1).value()));
			}
		}
		return charts;
	}

	/**
	 * The weeks whose dates label the time axis: the first, the last and up to two evenly
	 * between, so that the labels fit a phone's width.
	 */
	static List<Integer> tickIndexes(int weeks) {
		if (weeks == 0) {
			return List.of();
		}
		if (weeks <= 4) {
			List<Integer> all = new ArrayList<>();
			for (int i = 0; i < weeks; i++) {
				all.add(i);
			}
			return (weeks <= 2) ? all : List.of(0, weeks - 1);
		}
		return List.of(0, Math.round((weeks - 1) / 3f), Math.round(2 * (weeks - 1) / 3f), weeks - 1);
	}

	private static double x(int index, int weeks) {
		if (weeks <= 1) {
			return round((PLOT_LEFT + PLOT_RIGHT) / 2.0);
		}
		return round(PLOT_LEFT + (double) (PLOT_RIGHT - PLOT_LEFT) * index / (weeks - 1));
	}

	private static double plotY(double value) {
		return round(PLOT_BOTTOM - (PLOT_BOTTOM - PLOT_TOP) * Math.max(0, Math.min(100, value)) / 100);
	}

	/**
	 * One component's values over the weeks.
	 *
	 * @param component the component
	 * @param points a point for each week it counted
	 * @param lines the points of each unbroken run of weeks, for SVG polylines
	 * @param ticks the weeks labelled on the time axis
	 * @param levels the values marked on the value axis, from 0 to 100
	 * @param latest its value in the latest week it counted
	 */
	record ComponentChart(HealthComponent component, List<ChartPoint> points, List<String> lines, List<DayTick> ticks,
			List<ValueTick> levels, int latest) {
	}

	/**
	 * A component's value in one week.
	 *
	 * @param weekOn the Monday that starts the week
	 * @param value the value from 0 to 100
	 * @param x where the week is across
	 * @param y where the value is down
	 */
	record ChartPoint(LocalDate weekOn, int value, double x, double y) {
	}

	/**
	 * A week labelled on the time axis.
	 *
	 * @param day the Monday that starts it
	 * @param x where it is across
	 */
	record DayTick(LocalDate day, double x) {
	}

	/**
	 * A value marked on the value axis with a line across the chart.
	 *
	 * @param value the value
	 * @param y where it is down
	 * @param labelled whether it is written beside the axis
	 */
	record ValueTick(int value, double y, boolean labelled) {
	}

}
