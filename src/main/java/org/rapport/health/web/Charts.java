package org.rapport.health.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;

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

}
