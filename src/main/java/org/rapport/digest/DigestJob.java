package org.rapport.digest;

import java.time.Clock;
import java.time.LocalDate;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the weekly digest at {@code rapport.digest.cron} (Mondays at 07:00) as a
 * recurring db-scheduler task: one row in {@code scheduled_tasks} that one node picks at
 * a time, so that the digests are made once across the nodes, and that another node
 * revives when the node running it stops sending heartbeats. The revived run makes every
 * digest again and queues only those the first run did not, as each is unique per account
 * and week.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DigestSettings.class)
class DigestJob {

	static final String TASK = "digest-weekly";

	private static final Logger logger = LoggerFactory.getLogger(DigestJob.class);

	@Bean
	RecurringTask<Void> digestWeeklyTask(WeeklyDigest digest, TransactionTemplate transactions, DigestSettings settings,
			Clock clock) {
		return Tasks.recurring(TASK, Schedules.cron(settings.cron(), clock.getZone()))
			.onDeadExecutionRevive()
			.execute((instance, context) -> run(digest, transactions, LocalDate.now(clock)));
	}

	/**
	 * Queues the week's digests, each account in a transaction of its own. An account
	 * whose digest fails is logged and left for the next run of the week, and does not
	 * keep the others from theirs.
	 * @param digest the digests
	 * @param transactions a transaction per account
	 * @param today the day the run is for, which names the week
	 * @return how many digests were queued
	 */
	static int run(WeeklyDigest digest, TransactionTemplate transactions, LocalDate today) {
		int queued = 0;
		int failed = 0;
		for (long account : digest.due()) {
			try {
				if (Boolean.TRUE.equals(transactions.execute((status) -> digest.send(account, today)))) {
					queued++;
				}
			}
			catch (RuntimeException ex) {
				failed++;
				logger.warn("The weekly digest of account {} was not queued", account, ex);
			}
		}
		logger.info("Queued {} weekly digests for {} ({} failed)", queued, Digest.week(today), failed);
		return queued;
	}

}
