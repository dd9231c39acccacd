package org.rapport.recognition;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How recognition is set up.
 *
 * @param monthlyAllowance the points each person in IT may give in a calendar month with
 * their kudos; 0 (the default) for kudos without points. What is not given does not roll
 * over.
 * @param praiseDays how long after a survey closes its link still sends praise (30)
 * @param fiscalYearStart the month the fiscal year begins in, 1 (January, the default) to
 * 12; scorecard quarters follow it
 * @param approvalAbove kudos with more points than this wait for the approval of the head
 * of relationship management before they go on the feed (10; only with an allowance)
 * @param scorecardCron when the job freezes the scorecards of the quarter that ended, a
 * Spring cron expression in the zone of Rapport's clock (daily at 05:30: the first run
 * after a quarter ends freezes it, a missed day is caught up the next)
 */
@ConfigurationProperties("rapport.recognition")
record RecognitionSettings(@DefaultValue("0") int monthlyAllowance, @DefaultValue("30") int praiseDays,
		@DefaultValue("1") int fiscalYearStart, @DefaultValue("0 30 5 * * *") String scorecardCron,
		@DefaultValue("10") int approvalAbove) {

	RecognitionSettings {
		if (monthlyAllowance < 0) {
			throw new IllegalArgumentException("rapport.recognition.monthly-allowance cannot be negative");
		}
		if (fiscalYearStart < 1 || fiscalYearStart > 12) {
			throw new IllegalArgumentException("rapport.recognition.fiscal-year-start is a month, 1 to 12");
		}
	}

	boolean enabled() {
		return this.monthlyAllowance > 0;
	}

}
