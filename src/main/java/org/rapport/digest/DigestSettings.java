package org.rapport.digest;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the weekly digest goes out and what it holds ({@code rapport.digest.*}).
 *
 * @param cron when the job runs, a Spring cron expression in the zone of Rapport's clock:
 * Mondays at 07:00 unless set
 * @param commitmentsWithin how far ahead a pending commitment's due day may be for the
 * digest to list it (overdue ones always are)
 */
@ConfigurationProperties("rapport.digest")
record DigestSettings(@DefaultValue("0 0 7 * * MON") String cron, @DefaultValue("14d") Duration commitmentsWithin) {

	DigestSettings {
		if (commitmentsWithin.isNegative()) {
			throw new IllegalArgumentException("rapport.digest.commitments-within must not be negative");
		}
	}

}
