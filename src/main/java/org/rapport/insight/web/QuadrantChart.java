package org.rapport.insight.web;

import java.util.List;

import org.rapport.insight.PerceptionGap;
import org.rapport.insight.Quadrant;

/**
 * The quadrant chart drawn on the server: each measured business unit a point, technical
 * score across (from {@value #X_FROM} to 100, where service figures live; lower scores
 * sit on the left edge), perception up (0 to 100), the two thresholds as lines between
 * the quadrants.
 *
 * @param width the drawing's width
 * @param height its height
 * @param thresholdX where technical green begins, across
 * @param thresholdY where perceived green begins, from the top
 * @param points the units
 * @param xTicks the ticks across
 * @param yTicks the ticks up
 */
record QuadrantChart(double width, double height, double thresholdX, double thresholdY, List<Point> points,
		List<Tick> xTicks, List<Tick> yTicks) {

	static final double X_FROM = PerceptionGap.TECHNICAL_AXIS_FROM;

	static final double WIDTH = 640;

	static final double HEIGHT = 400;

	static final double LEFT = 48;

	static final double BOTTOM = 36;

	static final double TOP = 12;

	static final double RIGHT = 12;

	/**
	 * A unit on the chart.
	 *
	 * @param x across
	 * @param y from the top
	 * @param label the unit's name
	 * @param href where the point leads: the unit's least well perceived relationship
	 * @param quadrant the unit's quadrant
	 * @param technical its technical score
	 * @param perceived its perception
	 */
	record Point(double x, double y, String label, String href, Quadrant quadrant, double technical, double perceived) {
	}

	/**
	 * A tick on an axis.
	 *
	 * @param at where, across or from the top
	 * @param label its value
	 */
	record Tick(double at, String label) {
	}

	static QuadrantChart of(PerceptionGap gap) {
		List<Point> points = gap.units()
			.stream()
			.filter((unit) -> unit.technicalScore() != null && unit.perceivedScore() != null)
			.map((unit) -> new Point(x(unit.technicalScore()), y(unit.perceivedScore()), unit.unitName(), href(unit),
					unit.quadrant(), unit.technicalScore(), unit.perceivedScore()))
			.toList();
		List<Tick> xTicks = List.of(80, 85, 90, 95, 100).stream().map((v) -> new Tick(x(v), v + "%")).toList();
		List<Tick> yTicks = List.of(0, 25, 50, 75, 100).stream().map((v) -> new Tick(y(v), String.valueOf(v))).toList();
		return new QuadrantChart(WIDTH, HEIGHT, x(gap.thresholds().technicalGreen()),
				y(gap.thresholds().perceivedGreen()), points, xTicks, yTicks);
	}

	static double x(double technical) {
		double clamped = Math.max(X_FROM, Math.min(100, technical));
		return round(LEFT + (clamped - X_FROM) / (100 - X_FROM) * (WIDTH - LEFT - RIGHT));
	}

	static double y(double perceived) {
		double clamped = Math.max(0, Math.min(100, perceived));
		return round(TOP + (100 - clamped) / 100 * (HEIGHT - TOP - BOTTOM));
	}

	/** The plot's bottom edge, from the top. */
	public double bottom() {
		return HEIGHT - BOTTOM;
	}

	/** The plot's left edge. */
	public double left() {
		return LEFT;
	}

	/** The plot's right edge. */
	public double right() {
		return WIDTH - RIGHT;
	}

	/** The plot's top edge. */
	public double top() {
		return TOP;
	}

	static String href(PerceptionGap.Unit unit) {
		return unit.relationships()
			.stream()
			.filter((relationship) -> relationship.perceivedScore() != null)
			.min(java.util.Comparator.comparingInt(PerceptionGap.Relationship::perceivedScore))
			.or(() -> unit.relationships().stream().findFirst())
			.map((relationship) -> "/relationships/" + relationship.id())
			.orElse("/units/" + unit.unitId());
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
