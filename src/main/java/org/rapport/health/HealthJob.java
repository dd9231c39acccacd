package org.rapport.health;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceException;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Recomputes every relationship's health once a day, as cadences age without any event,
 * and soon after start-up when today's run has not happened yet. The run is a recurring
 * db-scheduler task: one row in {@code scheduled_tasks} that one node picks at a time, so
 * it runs once across the nodes sharing the database, and that another node revives when
 * the node running it stops sending heartbeats.
 */
@Configuration(proxyBeanMethods = false)
class HealthJob {

	static final String TASK = "health-recompute";

	static final TaskInstanceId INSTANCE = TaskInstanceId.of(TASK, RecurringTask.INSTANCE);

	private static final Logger logger = LoggerFactory.getLogger(HealthJob.class);

	private final HealthRecorder recorder;

	private final Clock clock;

	HealthJob(HealthRecorder recorder, Clock clock) {
		this.recorder = recorder;
		this.clock = clock;
	}

	/**
	 * The daily run, at {@code rapport.health.recompute-cron} in the zone of Rapport's
	 * clock. A run that fails is tried again at the next time; one whose node died is
	 * revived at once by another node.
	 * @param settings the cron expression
	 * @return the task db-scheduler runs
	 */
	@Bean
	RecurringTask<Void> healthRecomputeTask(HealthSettings settings) {
		return Tasks.recurring(TASK, Schedules.cron(settings.recomputeCron(), this.clock.getZone()))
			.onDeadExecutionRevive()
			.execute((instance, context) -> recompute());
	}

	/**
	 * Brings today's run forward to now when it has not happened yet today, as a node
	 * that was down at the scheduled time would otherwise wait for tomorrow. Every node
	 * may ask; db-scheduler still runs the one execution once.
	 * @param event that the application is ready
	 */
	@EventListener(ApplicationReadyEvent.class)
	void catchUp(ApplicationReadyEvent event) {
		ObjectProvider<SchedulerClient> schedulers = event.getApplicationContext()
			.getBeanProvider(SchedulerClient.class);
		schedulers.ifAvailable((scheduler) -> catchUp(scheduler,
				event.getApplicationContext().getBean("healthRecomputeTask", RecurringTask.class)));
	}

	/**
	 * Asks for today's run now unless it has succeeded today or runs at this moment.
	 * @param scheduler the scheduler
	 * @param task the daily task
	 * @return whether the run was brought forward
	 */
	boolean catchUp(SchedulerClient scheduler, RecurringTask<?> task) {
		Optional<ScheduledExecution<Object>> execution = scheduler.getScheduledExecution(INSTANCE);
		Instant startOfToday = LocalDate.now(this.clock).atStartOfDay(this.clock.getZone()).toInstant();
		boolean ranToday = execution.map(ScheduledExecution::getLastSuccess)
			.filter((success) -> !success.isBefore(startOfToday))
			.isPresent();
		if (ranToday || execution.map(ScheduledExecution::isPicked).orElse(false)) {
			return false;
		}
		try {
			if (execution.isEmpty()) {
				// The scheduler has not registered the task yet: it keeps this earlier
				// time.
				return scheduler.scheduleIfNotExists(task.instance(RecurringTask.INSTANCE), this.clock.instant());
			}
			return scheduler.reschedule(INSTANCE, this.clock.instant());
		}
		catch (TaskInstanceException ex) {
			// Another node picked it in the meantime: today's run is under way.
			logger.debug("Today's health run is already under way", ex);
			return false;
		}
	}

	int recompute() {
		long started = System.nanoTime();
		int count = this.recorder.recomputeAll();
		logger.info("Recomputed the health of {} relationships as of {} in {} ms", count, LocalDate.now(this.clock),
				(System.nanoTime() - started) / 1_000_000);
		return count;
	}

}
