package org.rapport.recognition;

import java.time.Clock;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Freezes the scorecards of the quarter that ended, at
 * {@code rapport.recognition.scorecard-cron} (daily at 05:30): a recurring db-scheduler
 * task that one node runs at a time. Each run freezes the last quarter unless it is
 * frozen already, so the first run after a quarter ends does it and a missed day is
 * caught up the next.
 */
@Configuration(proxyBeanMethods = false)
class ScorecardJob {

	static final String TASK = "recognition-scorecards";

	private static final Logger logger = LoggerFactory.getLogger(ScorecardJob.class);

	@Bean
	RecurringTask<Void> recognitionScorecardsTask(Scorecards scorecards, RecognitionSettings settings, Clock clock) {
		return Tasks.recurring(TASK, Schedules.cron(settings.scorecardCron(), clock.getZone()))
			.onDeadExecutionRevive()
			.execute((instance, context) -> {
				int frozen = scorecards.freezeLastQuarter();
				if (frozen > 0) {
					logger.info("Froze {} scorecards of {}", frozen, scorecards.currentPeriod().previous());
				}
			});
	}

}
