package org.rapport.health;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Recomputes every relationship's health once a day, as cadences age without any event,
 * and on start-up when today's run has not happened yet. Nodes sharing a database claim
 * the day in {@code health_job}, so the work runs once.
 */
@Component
class HealthJob {

	private static final Logger logger = LoggerFactory.getLogger(HealthJob.class);

	private final HealthRecorder recorder;

	private final JdbcClient jdbc;

	private final Clock clock;

	HealthJob(HealthRecorder recorder, JdbcClient jdbc, Clock clock) {
		this.recorder = recorder;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void catchUp() {
		runOnceToday();
	}

	@Scheduled(cron = "${rapport.health.recompute-cron:0 15 2 * * *}")
	void daily() {
		runOnceToday();
	}

	boolean runOnceToday() {
		LocalDate today = LocalDate.now(this.clock);
		int claimed = this.jdbc
			.sql("update health_job set last_run_on = :today where name = 'recompute' and last_run_on < :today")
			.param("today", today)
			.update();
		if (claimed == 0) {
			return false;
		}
		long started = System.nanoTime();
		int count = this.recorder.recomputeAll();
		logger.info("Recomputed the health of {} relationships in {} ms", count,
				(System.nanoTime() - started) / 1_000_000);
		return true;
	}

}
