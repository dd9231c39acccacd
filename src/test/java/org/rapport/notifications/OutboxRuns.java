package org.rapport.notifications;

import org.springframework.context.ApplicationContext;

/**
 * Runs the outbox's drain on demand, for code outside the module that measures it, such
 * as the survey benchmark: the job that runs it in production is switched off in tests,
 * and the drain is the module's own.
 */
public final class OutboxRuns {

	private final OutboxDrain drain;

	/**
	 * The drain of a running application.
	 * @param context the application
	 */
	public OutboxRuns(ApplicationContext context) {
		this.drain = context.getBean(OutboxDrain.class);
	}

	/**
	 * One run of the drain, as the job {@code notifications-outbox} makes it.
	 * @return how many emails the mail server accepted in it
	 */
	public int drainOnce() {
		return this.drain.drain().sent();
	}

}
