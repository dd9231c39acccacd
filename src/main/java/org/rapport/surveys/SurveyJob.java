package org.rapport.surveys;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The campaigns' daily work on the database-backed scheduler, so that it runs once across
 * nodes: closing the campaigns whose last day has passed and reminding those who have not
 * answered on the days a campaign's schedule names, each campaign in its own transaction.
 */
@Configuration(proxyBeanMethods = false)
class SurveyJob {

	static final String TASK = "surveys-daily";

	private static final Logger logger = LoggerFactory.getLogger(SurveyJob.class);

	/**
	 * Every {@code rapport.surveys.daily-interval} (1h): often enough that a campaign
	 * closes within the hour after its last day, cheap when nothing is due.
	 * @param closing the closing of campaigns
	 * @param transactions a transaction per campaign
	 * @param interval how often
	 * @return the task db-scheduler runs
	 */
	@Bean
	RecurringTask<Void> surveysDailyTask(Closing closing, Reminders reminders, TransactionTemplate transactions,
			@Value("${rapport.surveys.daily-interval:1h}") java.time.Duration interval) {
		return Tasks.recurring(TASK, Schedules.fixedDelay(interval))
			.onDeadExecutionRevive()
			.execute((instance, context) -> {
				run(closing, transactions);
				remind(reminders, transactions);
			});
	}

	static int remind(Reminders reminders, TransactionTemplate transactions) {
		int reminded = 0;
		for (long id : reminders.due()) {
			Integer count = transactions.execute((status) -> reminders.remind(id));
			reminded += (count != null) ? count : 0;
		}
		if (reminded > 0) {
			logger.info("Reminded {} respondents who had not answered", reminded);
		}
		return reminded;
	}

	static int run(Closing closing, TransactionTemplate transactions) {
		int closed = 0;
		for (long id : closing.due()) {
			transactions.executeWithoutResult((status) -> closing.closeExpired(id));
			closed++;
		}
		if (closed > 0) {
			logger.info("Closed {} campaigns whose last day had passed", closed);
		}
		return closed;
	}

}
