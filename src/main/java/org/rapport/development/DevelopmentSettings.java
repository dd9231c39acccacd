package org.rapport.development;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How development is set up.
 *
 * @param peerThreshold the answers from peers a 360 report needs before it shows theirs
 * (3, at least 2)
 * @param partnerThreshold likewise for business partners (3, at least 2)
 * @param reportThreshold likewise for direct reports (3, at least 2)
 * @param commentThreshold the comments an anonymous group needs on a competency before
 * they show (3, at least 2)
 * @param feedbackCron when the job closes the 360 rounds whose last day has passed, a
 * Spring cron expression in the zone of Rapport's clock (daily at 02:15)
 */
@ConfigurationProperties("rapport.development")
record DevelopmentSettings(@DefaultValue("3") int peerThreshold, @DefaultValue("3") int partnerThreshold,
		@DefaultValue("3") int reportThreshold, @DefaultValue("3") int commentThreshold,
		@DefaultValue("0 15 2 * * *") String feedbackCron) {

	DevelopmentSettings {
		if (Math.min(Math.min(peerThreshold, partnerThreshold), Math.min(reportThreshold, commentThreshold)) < 2) {
			throw new IllegalArgumentException(
					"rapport.development thresholds are at least 2: one answer alone would name its rater");
		}
	}

	int threshold(RaterGroup group) {
		return switch (group) {
			case PEER -> this.peerThreshold;
			case PARTNER -> this.partnerThreshold;
			case REPORT -> this.reportThreshold;
			case SELF, MANAGER -> 1;
		};
	}

}
