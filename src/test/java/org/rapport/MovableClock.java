package org.rapport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock the tests move from day to day; import {@link Configuration} to make it the
 * application's clock.
 */
public class MovableClock extends Clock {

	private Instant now = Instant.now();

	public void set(LocalDate day) {
		this.now = day.atTime(12, 0).toInstant(ZoneOffset.UTC);
	}

	public void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	public LocalDate today() {
		return LocalDate.ofInstant(this.now, ZoneOffset.UTC);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return this.now;
	}

	@TestConfiguration
	public static class Configuration {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

}
