package org.rapport.notifications;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Drains the outbox every {@code rapport.mail.drain-interval} (10s) as a recurring
 * db-scheduler task: one row in {@code scheduled_tasks} that one node picks at a time, so
 * that the drain and its quotas run once across the nodes sharing the database, and that
 * another node revives when the node running it stops sending heartbeats.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationSettings.class)
class OutboxJob {

	static final String TASK = "notifications-outbox";

	@Bean
	RecurringTask<Void> notificationsOutboxTask(OutboxDrain drain, NotificationSettings settings) {
		return Tasks.recurring(TASK, Schedules.fixedDelay(settings.drainInterval()))
			.onDeadExecutionRevive()
			.execute((instance, context) -> drain.drain());
	}

}
