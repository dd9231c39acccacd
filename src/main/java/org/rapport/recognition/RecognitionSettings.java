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
 */
@ConfigurationProperties("rapport.recognition")
record RecognitionSettings(@DefaultValue("0") int monthlyAllowance, @DefaultValue("30") int praiseDays) {

	RecognitionSettings {
		if (monthlyAllowance < 0) {
			throw new IllegalArgumentException("rapport.recognition.monthly-allowance cannot be negative");
		}
	}

	boolean enabled() {
		return this.monthlyAllowance > 0;
	}

}
