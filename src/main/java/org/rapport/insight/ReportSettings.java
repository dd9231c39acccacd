package org.rapport.insight;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the executive report of the quarter that ended is kept.
 *
 * @param cron when the job looks, a Spring cron expression in the zone of Rapport's clock
 * (default every day at 06:00): it keeps the report of the quarter that ended unless one
 * is kept already, so the first run after a quarter ends makes it, and a day missed is
 * caught up the next
 */
@ConfigurationProperties("rapport.insight.report")
record ReportSettings(@DefaultValue("0 0 6 * * *") String cron) {
}
