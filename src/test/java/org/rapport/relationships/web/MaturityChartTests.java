package org.rapport.relationships.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.relationships.Maturity;
import org.rapport.relationships.MaturityAssessment;
import org.rapport.relationships.Side;

import static org.assertj.core.api.Assertions.assertThat;

class MaturityChartTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	@Test
	void drawsEachSideAsAStepLineFromItsFirstAssessmentToToday() {
		MaturityChart chart = MaturityChart.of(List.of(assessment(3, Side.IT, 4, TODAY.minusDays(100)),
				assessment(1, Side.IT, 3, TODAY.minusDays(400)),
				assessment(2, Side.COUNTERPART, 2, TODAY.minusDays(300))), TODAY);

		assertThat(chart.series()).extracting(MaturityChart.Series::side).containsExactly(Side.IT, Side.COUNTERPART);
		MaturityChart.Series it = chart.series().get(0);
		assertThat(it.points()).extracting(MaturityChart.Point::maturity)
			.containsExactly(Maturity.SERVICE_PROVIDER, Maturity.TRUSTED_ADVISOR);
		assertThat(it.points().get(0).x()).isEqualTo(MaturityChart.LEFT);
		assertThat(it.points().get(1).y()).isLessThan(it.points().get(0).y());
		assertThat(it.path()).startsWith("M" + MaturityChart.LEFT + " ").endsWith(" H" + MaturityChart.RIGHT);
		assertThat(it.path()).contains(" V" + it.points().get(1).y());
	}

	@Test
	void placesTheLevelsBottomToTopAndMarksTheHalfYearsBetween() {
		MaturityChart chart = MaturityChart.of(List.of(assessment(1, Side.COUNTERPART, 1, LocalDate.of(2025, 3, 10))),
				TODAY);

		assertThat(chart.levels()).extracting(MaturityChart.Level::y).containsExactly(190L, 147L, 105L, 62L, 20L);
		assertThat(chart.ticks()).extracting(MaturityChart.Tick::day)
			.containsExactly(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 1));
		assertThat(chart.ticks()).allSatisfy(
				(tick) -> assertThat(tick.x()).isBetween((long) MaturityChart.LEFT, (long) MaturityChart.RIGHT));
	}

	@Test
	void givesASingleRecentAssessmentRoomAndNoLineForASideWithout() {
		MaturityChart chart = MaturityChart.of(List.of(assessment(1, Side.IT, 5, TODAY)), TODAY);

		assertThat(chart.series()).singleElement().satisfies((series) -> {
			assertThat(series.side()).isEqualTo(Side.IT);
			assertThat(series.points().get(0).x()).isEqualTo(MaturityChart.RIGHT);
		});
	}

	private static MaturityAssessment assessment(long id, Side side, int level, LocalDate on) {
		return new MaturityAssessment(id, side, Maturity.of(level), level, on, null, LocalDateTime.now(), "brm");
	}

}
