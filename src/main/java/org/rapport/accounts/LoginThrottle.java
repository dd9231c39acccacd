package org.rapport.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;

/**
 * Refuses sign-in attempts for an account or from an address after too many recent
 * failures. Failures are read from the audit log, so every node sharing the database
 * applies the same limit.
 */
class LoginThrottle implements AuthenticationProvider {

	private final AuthenticationProvider delegate;

	private final JdbcClient jdbc;

	private final AccountSettings.Throttle settings;

	private final Clock clock;

	LoginThrottle(AuthenticationProvider delegate, JdbcClient jdbc, AccountSettings.Throttle settings, Clock clock) {
		this.delegate = delegate;
		this.clock = clock;
		this.jdbc = jdbc;
		this.settings = settings;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		LocalDateTime since = LocalDateTime.now(this.clock).minus(this.settings.window());
		long byAccount = failures("actor", authentication.getName(), since);
		String address = AuditLog.addressOf(authentication);
		long byAddress = (address != null) ? failures("remote_address", address, since) : 0;
		if (byAccount >= this.settings.perAccount() || byAddress >= this.settings.perAddress()) {
			throw new LockedException("Too many failed sign-ins; try again in "
					+ Duration.ofMinutes(this.settings.window().toMinutes()).toMinutes() + " minutes");
		}
		return this.delegate.authenticate(authentication);
	}

	private long failures(String column, String value, LocalDateTime since) {
		return this.jdbc
			.sql("select count(*) from accounts_audit_event where action = :action and " + column
					+ " = :value and occurred_at > :since")
			.param("action", AuditLog.SIGN_IN_FAILED)
			.param("value", value)
			.param("since", since)
			.query(Long.class)
			.single();
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.delegate.supports(authentication);
	}

}
