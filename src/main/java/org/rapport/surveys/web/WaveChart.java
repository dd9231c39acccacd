package org.rapport.surveys.web;

import java.util.ArrayList;
import java.util.List;

import org.rapport.surveys.Wave;

/**
 * The recommendation score across a template's waves as SVG bars on a scale from -100 to
 * 100, zero in the middle: above for a positive score, below for a negative one, and a
 * short grey mark for a wave whose responses were too few to show.
 *
 * @param bars a bar per wave, oldest first
 */
record WaveChart(List<Bar> bars) {

	/** The chart's plot width in SVG units. */
	static final int WIDTH = 600;

	/** The chart's plot height in SVG units; zero sits at half of it. */
	static final int HEIGHT = 160;

	static WaveChart of(List<Wave> waves) {
		List<Bar> bars = new ArrayList<>();
		double slot = (double) WIDTH / Math.max(1, waves.size());
		double width = Math.min(60, slot * 0.6);
		for (int i = 0; i < waves.size(); i++) {
			Wave wave = waves.get(i);
			double x = round(i * slot + (slot - width) / 2);
			double middle = round(i * slot + slot / 2);
			if (wave.nps() == null) {
				bars.add(new Bar(wave, x, round(HEIGHT / 2.0 - 1), width, 2, middle, HEIGHT / 2.0 - 6));
				continue;
			}
			double length = Math.abs(wave.nps()) * (HEIGHT / 2.0) / 100;
			double y = (wave.nps() >= 0) ? HEIGHT / 2.0 - length : HEIGHT / 2.0;
			double label = (wave.nps() >= 0) ? y - 6 : y + length + 14;
			bars.add(new Bar(wave, x, round(y), width, round(Math.max(length, 1)), middle, round(label)));
		}
		return new WaveChart(bars);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	public boolean isEmpty() {
		return this.bars.isEmpty();
	}

	/**
	 * One wave's bar.
	 *
	 * @param wave the wave
	 * @param x where the bar starts across
	 * @param y where its top is
	 * @param width how wide it is
	 * @param height how tall it is
	 * @param middle the middle of its slot, for its labels
	 * @param labelY where its value is written
	 */
	record Bar(Wave wave, double x, double y, double width, double height, double middle, double labelY) {

		public boolean negative() {
			return this.wave.nps() != null && this.wave.nps() < 0;
		}

	}

}
