package org.rapport.insight;

import java.time.Clock;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps the executive report of the quarter that ended, at
 * {@code rapport.insight.report.cron} (every day at 06:00): a recurring db-scheduler
 * task, one row in {@code scheduled_tasks} that one node picks at a time, revived by
 * another node when the node running it dies. Each run keeps the last quarter's report
 * unless it is kept already, so the first run after a quarter ends makes it, and a day
 * the job could not run is caught up the next.
 */
@Configuration(proxyBeanMethods = false)
class InsightReportJob {

	static final String TASK = "insight-quarterly-report";

	private static final Logger logger = LoggerFactory.getLogger(InsightReportJob.class);

	@Bean
	RecurringTask<Void> insightQuarterlyReportTask(InsightReports reports, ReportSettings settings, Clock clock) {
		return Tasks.recurring(TASK, Schedules.cron(settings.cron(), clock.getZone()))
			.onDeadExecutionRevive()
			.execute((instance, context) -> reports.keepLastQuarter()
				.ifPresent((kept) -> logger.info("Kept the executive report of {}: {} business units, {} flagged",
						kept.period(), kept.units(), kept.flagged())));
	}

}
