package org.rapport.shared;

import java.time.Clock;
import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * The one database-backed scheduler of time-based jobs (db-scheduler, table
 * {@code scheduled_tasks}): it reads Rapport's clock, so that the jobs' idea of "now" and
 * "today" is the one the rules use, and it resubmits the event publications that a node
 * left incomplete when it died.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerConfiguration {

	static final String RESUBMIT_TASK = "event-publications-resubmit";

	private static final Logger logger = LoggerFactory.getLogger(SchedulerConfiguration.class);

	@Bean
	com.github.kagkarlsson.scheduler.Clock schedulerClock(Clock clock) {
		return clock::instant;
	}

	/**
	 * Every {@code rapport.events.resubmit-interval} (30s), one node hands the event
	 * publications that have stayed incomplete for longer than
	 * {@code rapport.events.resubmit-after} (2m) to their listeners again: those of a
	 * node that was killed while its listeners ran, or of a listener that failed. The age
	 * keeps it clear of publications whose listeners are still at work.
	 * @param publications the incomplete publications
	 * @param interval how often
	 * @param after how old an incomplete publication must be
	 * @return the task db-scheduler runs
	 */
	@Bean
	RecurringTask<Void> eventPublicationsResubmitTask(IncompleteEventPublications publications,
			@Value("${rapport.events.resubmit-interval:30s}") Duration interval,
			@Value("${rapport.events.resubmit-after:2m}") Duration after) {
		return Tasks.recurring(RESUBMIT_TASK, Schedules.fixedDelay(interval))
			.onDeadExecutionRevive()
			.execute((instance, context) -> {
				logger.debug("Resubmitting event publications incomplete for more than {}", after);
				publications.resubmitIncompletePublicationsOlderThan(after);
			});
	}

}
