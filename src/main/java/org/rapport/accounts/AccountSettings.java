package org.rapport.accounts;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Account settings: the first administrator, created at start-up when both values are set
 * ({@code RAPPORT_ADMIN_USERNAME}, {@code RAPPORT_ADMIN_PASSWORD}), and sign-in
 * throttling.
 *
 * @param admin the first administrator
 * @param throttle how failed sign-ins slow further attempts down
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
	 * How failed sign-ins slow further attempts down. An account's consecutive failures
	 * past {@code perAccount} delay its next attempt by {@code delay}, doubling with each
	 * further failure up to {@code maxDelay}; an address's failures past
	 * {@code perAddress} slow it down the same way from {@code addressDelay} up to the
	 * short {@code maxAddressDelay}, so that an address shared by many never locks their
	 * accounts out for long. Attempts made during a delay are refused without counting.
	 * Failures are forgotten once {@code window} has passed without one after the delay.
	 *
	 * @param perAccount consecutive failures of an account before it is delayed
	 * @param delay the first delay of an account
	 * @param maxDelay the longest delay of an account
	 * @param perAddress failures from one address before it is slowed down
	 * @param addressDelay the first delay of an address
	 * @param maxAddressDelay the longest delay of an address
	 * @param window how long failures are remembered after the last delay ends
	 * @param trustedProxies the addresses or ranges (CIDR) of the proxies whose
	 * {@code Forwarded} or {@code X-Forwarded-For} header names the client; empty, the
	 * socket's address is the client's
	 */
	record Throttle(@DefaultValue("5") int perAccount, @DefaultValue("30s") Duration delay,
			@DefaultValue("15m") Duration maxDelay, @DefaultValue("20") int perAddress,
			@DefaultValue("1s") Duration addressDelay, @DefaultValue("30s") Duration maxAddressDelay,
			@DefaultValue("15m") Duration window, @DefaultValue List<String> trustedProxies) {

		Throttle {
			trustedProxies = (trustedProxies != null) ? List.copyOf(trustedProxies) : List.of();
		}

	}

}
