package org.rapport.accounts;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTests {

	private final Backoff backoff = new Backoff(5, Duration.ofSeconds(30), Duration.ofMinutes(15));

	@Test
	void costsNothingForTheFirstFailuresThenDoublesUpToTheCap() {
		assertThat(this.backoff.after(1)).isZero();
		assertThat(this.backoff.after(4)).isZero();
		// 30 s after the fifth failure, then 60 s, 120 s, 240 s, 480 s, and 960 s capped
		// at
		// 900 s.
		assertThat(this.backoff.after(5)).isEqualTo(Duration.ofSeconds(30));
		assertThat(this.backoff.after(6)).isEqualTo(Duration.ofSeconds(60));
		assertThat(this.backoff.after(9)).isEqualTo(Duration.ofSeconds(480));
		assertThat(this.backoff.after(10)).isEqualTo(Duration.ofMinutes(15));
		assertThat(this.backoff.after(1000)).isEqualTo(Duration.ofMinutes(15));
	}

}
