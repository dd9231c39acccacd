package org.rapport.benchmark;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.within;

class SamplesTests {

	@Test
	void takesTheMiddleDurationAsMedianAndAveragesTheTwoMiddleOnesOfAnEvenCount() {
		assertThat(millis(3, 1, 2).medianMillis()).isEqualTo(2.0);
		assertThat(millis(4, 1, 3, 2).medianMillis()).isEqualTo(2.5);
	}

	@Test
	void takesP95ByNearestRankSoThatItIsAMeasuredDuration() {
		Samples hundred = new Samples();
		for (int i = 100; i >= 1; i--) {
			hundred.add(i * 1_000_000L);
		}
		assertThat(hundred.percentileMillis(95)).isEqualTo(95.0);
		assertThat(millis(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20).percentileMillis(95))
			.isEqualTo(19.0);
		assertThat(millis(7).percentileMillis(95)).isEqualTo(7.0);
		assertThat(millis(1, 50).percentileMillis(95)).isEqualTo(50.0);
	}

	@Test
	void ratioDividesThePageMedianByTheBaselineMedian() {
		Samples page = millis(10, 12, 30);
		Samples direct = millis(3, 4, 5);
		assertThat(page.ratioTo(direct)).isCloseTo(3.0, within(1e-9));
	}

	@Test
	void refusesToReportWhatWasNotMeasured() {
		assertThatIllegalStateException().isThrownBy(() -> new Samples().medianMillis());
		assertThatIllegalStateException().isThrownBy(() -> millis(1).ratioTo(millis(0)));
		assertThatIllegalArgumentException().isThrownBy(() -> new Samples().add(-1));
		assertThatIllegalArgumentException().isThrownBy(() -> millis(1).percentileMillis(0));
	}

	private static Samples millis(long... values) {
		Samples samples = new Samples();
		for (long value : values) {
			samples.add(value * 1_000_000L);
		}
		return samples;
	}

}
