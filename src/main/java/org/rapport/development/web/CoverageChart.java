package org.rapport.development.web;

import java.util.ArrayList;
import java.util.List;

import org.rapport.development.CoverageMeasure;
import org.rapport.development.CoveragePoint;
import org.rapport.development.CoverageShare;

/**
 * The coverage of all of IT over the last quarters, laid out for a small SVG line chart:
 * one line a measure, 0 to 100 per cent.
 *
 * @param series one line a measure
 * @param columns the days across, with their positions
 * @param gridLines the horizontal lines at 0, 25, 50, 75 and 100 per cent
 */
public record CoverageChart(List<Series> series, List<Column> columns, List<GridLine> gridLines) {

	static final int LEFT = 48;

	static final int RIGHT = 600;

	static final int TOP = 16;

	static final int BOTTOM = 176;

	static CoverageChart of(List<CoveragePoint> trend) {
		List<Column> columns = new ArrayList<>();
		for (int i = 0; i < trend.size(); i++) {
			columns.add(new Column(trend.get(i), x(i, trend.size())));
		}
		List<Series> series = new ArrayList<>();
		for (CoverageMeasure measure : CoverageMeasure.values()) {
			List<Point> points = new ArrayList<>();
			for (int i = 0; i < trend.size(); i++) {
				CoverageShare share = trend.get(i).figures().share(measure);
				if (share.percent() != null) {
					points.add(new Point(columns.get(i).x(), y(share.percent()), share, trend.get(i)));
				}
			}
			StringBuilder path = new StringBuilder();
			points.forEach((
					point) -> path.append(path.isEmpty() ? "M" : " L").append(point.x()).append(' ').append(point.y()));
			series.add(new Series(measure, points, path.toString()));
		}
		List<GridLine> grid = new ArrayList<>();
		for (int percent = 0; percent <= 100; percent += 25) {
			grid.add(new GridLine(percent, y(percent)));
		}
		return new CoverageChart(series, columns, grid);
	}

	static long x(int index, int count) {
		return (count < 2) ? (LEFT + RIGHT) / 2 : LEFT + Math.round((double) (RIGHT - LEFT) * index / (count - 1));
	}

	static long y(double percent) {
		return BOTTOM - Math.round((BOTTOM - TOP) * percent / 100);
	}

	/**
	 * One measure's line.
	 *
	 * @param measure the measure
	 * @param points its share on each day that had people in IT
	 * @param path the SVG path through them
	 */
	public record Series(CoverageMeasure measure, List<Point> points, String path) {
	}

	/**
	 * A measure's share on one day.
	 *
	 * @param x the horizontal position
	 * @param y the vertical position
	 * @param share the share
	 * @param point the day
	 */
	public record Point(long x, long y, CoverageShare share, CoveragePoint point) {
	}

	/**
	 * A day along the chart.
	 *
	 * @param point the day and its coverage
	 * @param x its horizontal position
	 */
	public record Column(CoveragePoint point, long x) {
	}

	/**
	 * A horizontal line at a share.
	 *
	 * @param percent the share
	 * @param y its vertical position
	 */
	public record GridLine(int percent, long y) {
	}

}
