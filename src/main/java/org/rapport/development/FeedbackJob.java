package org.rapport.development;

import java.time.Clock;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Closes the 360 rounds whose last day has passed, on the database-backed scheduler: one
 * node runs it at a time, and a missed day is caught up the next.
 */
@Configuration(proxyBeanMethods = false)
class FeedbackJob {

	static final String TASK = "development-feedback-rounds";

	private static final Logger logger = LoggerFactory.getLogger(FeedbackJob.class);

	@Bean
	RecurringTask<Void> developmentFeedbackTask(FeedbackRounds rounds, DevelopmentSettings settings, Clock clock) {
		return Tasks.recurring(TASK, Schedules.cron(settings.feedbackCron(), clock.getZone()))
			.onDeadExecutionRevive()
			.execute((instance, context) -> {
				int closed = rounds.closeDue();
				if (closed > 0) {
					logger.info("Closed {} 360 rounds whose last day had passed", closed);
				}
			});
	}

}
