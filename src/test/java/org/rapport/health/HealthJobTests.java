package org.rapport.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The daily health run as a db-scheduler task: caught up on start, run at the configured
 * time of Rapport's clock, once across two schedulers on one database, and revived when
 * the node running it died.
 */
@SpringBootTest(
		properties = { "rapport.demo.enabled=false", "db-scheduler.enabled=true", "db-scheduler.polling-interval=200ms",
				"db-scheduler.heartbeat-interval=1s", "db-scheduler.missed-heartbeats-limit=4" })
@Import({ HealthJobTests.Runs.class, HealthJobTests.MovingClockConfiguration.class })
class HealthJobTests {

	@Autowired
	MovingClock clock;

	@Autowired
	Scheduler scheduler;

	@Autowired
	RecurringTask<Void> healthRecomputeTask;

	@Autowired
	HealthJob job;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Runs runs;

	@BeforeEach
	void todaysCatchUpHasRun() {
		await().atMost(Duration.ofSeconds(20)).until(() -> lastSuccess() != null);
	}

	@Test
	void catchesUpOnStartAndThenWaitsForTheConfiguredTime() {
		LocalDate today = LocalDate.now(this.clock);
		assertThat(lastSuccess()).isAfterOrEqualTo(today.atStartOfDay(ZoneOffset.UTC).toInstant());
		// The next run is at the next 02:15: today's when the suite runs before it.
		Instant todays = today.atTime(2, 15).toInstant(ZoneOffset.UTC);
		Instant next = this.clock.instant().isBefore(todays) ? todays
				: today.plusDays(1).atTime(2, 15).toInstant(ZoneOffset.UTC);
		assertThat(executionTime()).isEqualTo(next);
		assertThat(this.job.catchUp(this.scheduler, this.healthRecomputeTask))
			.as("today's run has happened, so a node starting now asks for nothing")
			.isFalse();
	}

	@Test
	void runsWhenRapportsClockReachesTheConfiguredTime() {
		int before = this.runs.count.get();
		LocalDate tomorrow = LocalDate.now(this.clock).plusDays(1);
		this.clock.moveTo(tomorrow.atTime(2, 15).toInstant(ZoneOffset.UTC));

		await().atMost(Duration.ofSeconds(20)).until(() -> this.runs.count.get() > before);
		assertThat(executionTime()).isEqualTo(tomorrow.plusDays(1).atTime(2, 15).toInstant(ZoneOffset.UTC));
	}

	@Test
	void twoNodesOnOneDatabaseRunTheDueRecomputationOnce() throws Exception {
		Scheduler other = Scheduler.create(this.dataSource, this.healthRecomputeTask)
			.clock(this.clock::instant)
			.schedulerName(new SchedulerName.Fixed("second-node"))
			.pollingInterval(Duration.ofMillis(200))
			.threads(2)
			.addSchedulerListener(this.runs)
			.build();
		other.start();
		try {
			int before = this.runs.count.get();
			this.scheduler.reschedule(HealthJob.INSTANCE, this.clock.instant());

			await().atMost(Duration.ofSeconds(20)).until(() -> this.runs.count.get() > before);
			// Several polls of both nodes later, the one due execution still ran once.
			Thread.sleep(1500);
			assertThat(this.runs.count.get()).isEqualTo(before + 1);
		}
		finally {
			other.stop();
		}
	}

	@Test
	void anotherNodeRevivesTheRunOfANodeThatDied() {
		int before = this.runs.count.get();
		Instant anHourAgo = this.clock.instant().minus(Duration.ofHours(1));
		// A node picked today's run an hour ago and has sent no heartbeat since.
		this.jdbc.sql("""
				update scheduled_tasks set picked = true, picked_by = 'dead-node', last_heartbeat = :at,
				execution_time = :at, version = version + 1 where task_name = :task
				""").param("at", java.sql.Timestamp.from(anHourAgo)).param("task", HealthJob.TASK).update();

		await().atMost(Duration.ofSeconds(30)).until(() -> this.runs.count.get() > before);
		assertThat(this.jdbc.sql("select picked from scheduled_tasks where task_name = :task")
			.param("task", HealthJob.TASK)
			.query(Boolean.class)
			.single()).isFalse();
		assertThat(lastSuccess()).isAfter(anHourAgo);
	}

	private Instant lastSuccess() {
		return this.scheduler.getScheduledExecution(HealthJob.INSTANCE).map((e) -> e.getLastSuccess()).orElse(null);
	}

	private Instant executionTime() {
		return this.scheduler.getScheduledExecution(HealthJob.INSTANCE).orElseThrow().getExecutionTime();
	}

	/**
	 * Rapport's clock for these tests: it ticks, as db-scheduler polls by it, and moves
	 * forward on demand.
	 */
	static class MovingClock extends Clock {

		private volatile Duration offset = Duration.ZERO;

		void moveTo(Instant instant) {
			this.offset = Duration.between(Clock.systemUTC().instant(), instant);
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
			return Clock.systemUTC().instant().plus(this.offset);
		}

	}

	@TestConfiguration
	static class MovingClockConfiguration {

		@Bean
		@Primary
		MovingClock movingClock() {
			return new MovingClock();
		}

	}

	/** Counts the completed runs of the health task on every scheduler of the test. */
	@TestConfiguration
	static class Runs extends AbstractSchedulerListener {

		final AtomicInteger count = new AtomicInteger();

		@Override
		public void onExecutionComplete(ExecutionComplete completed) {
			if (completed.getExecution().taskInstance.getTaskName().equals(HealthJob.TASK)) {
				this.count.incrementAndGet();
			}
		}

	}

}
