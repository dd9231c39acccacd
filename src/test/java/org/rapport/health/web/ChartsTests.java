package org.rapport.health.web;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChartsTests {

	private static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);

	@Test
	void aTrendPlacesEachWeekAcrossTheWidthWithItsValueAndLabelsTheFirstAndLastWeeks() {
		List<LocalDate> days = List.of(MONDAY, MONDAY.plusWeeks(1), MONDAY.plusWeeks(2));
		Charts.Trend trend = Charts.trend(days, List.of(100, 50.4, 0), 120);

		assertThat(trend.points()).extracting(Charts.TrendPoint::x).containsExactly(0.0, 300.0, 600.0);
		// 100 sits at the top, 0 at the bottom of the 120 high plot.
		assertThat(trend.points()).extracting(Charts.TrendPoint::y).containsExactly(0.0, 59.5, 120.0);
		assertThat(trend.points()).extracting(Charts.TrendPoint::value).containsExactly(100, 50, 0);
		assertThat(trend.ticks()).extracting(Charts.DayTick::day).containsExactly(MONDAY, MONDAY.plusWeeks(2));
		assertThat(trend.line()).isEqualTo("0.0,0.0 300.0,59.5 600.0,120.0");
	}

	@Test
	void aTrendOfOneWeekDrawsNoLine() {
		Charts.Trend trend = Charts.trend(List.of(MONDAY), List.of(71), 120);

		assertThat(trend.isEmpty()).isTrue();
		assertThat(trend.points()).singleElement().extracting(Charts.TrendPoint::value).isEqualTo(71);
	}

	@Test
	void aLongTrendLabelsFourWeeksSoThatTheDatesFitAPhone() {
		List<LocalDate> days = IntStream.range(0, 26).mapToObj(MONDAY::plusWeeks).toList();
		Charts.Trend trend = Charts.trend(days, days.stream().map((day) -> 60).toList(), 160);

		assertThat(trend.ticks()).hasSize(4);
		assertThat(trend.ticks().get(0).x()).isZero();
		assertThat(trend.ticks().get(3).x()).isEqualTo(600.0);
	}

}
