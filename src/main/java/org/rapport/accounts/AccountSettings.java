package org.rapport.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Account settings: the first administrator, created at start-up when both values are set
 * ({@code RAPPORT_ADMIN_USERNAME}, {@code RAPPORT_ADMIN_PASSWORD}), and sign-in
 * throttling.
 *
 * @param admin the first administrator
 * @param throttle how many failed sign-ins are allowed in a window
 */
@ConfigurationProperties("rapport")
record AccountSettings(Admin admin, @DefaultValue Throttle throttle) {

	/**
	 * @param username the administrator's user name
	 * @param password the administrator's password
	 */
	record Admin(String username, String password) {
	}

	/**
	 * @param perAccount failures allowed per account within the window
	 * @param perAddress failures allowed per address within the window
	 * @param window how far back failures count
	 */
	record Throttle(@DefaultValue("5") int perAccount, @DefaultValue("20") int perAddress,
			@DefaultValue("15m") Duration window) {
	}

}
