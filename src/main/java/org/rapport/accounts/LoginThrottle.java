package org.rapport.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.rapport.shared.AuditableEvent;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

/**
 * Slows down password guessing without letting an attacker lock people out. Each account
 * name's consecutive failures past a few delay its next attempt, longer with each failure
 * up to a cap; each address's failures past a higher limit slow it down, briefly, so that
 * colleagues behind one address still sign in. Attempts made during a delay are refused
 * unchecked and uncounted, so retrying does not extend it. The state lives in the
 * database, so every node applies the same delays, and each delay that starts is written
 * to the audit log.
 */
class LoginThrottle implements AuthenticationProvider {

	static final String SIGN_IN_DELAYED = "SIGN_IN_DELAYED";

	private final AuthenticationProvider delegate;

	private final SignInThrottles throttles;

	private final AuditLog audit;

	private final Clock clock;

	private final AccountSettings.Throttle settings;

	private final Backoff accounts;

	private final Backoff addresses;

	LoginThrottle(AuthenticationProvider delegate, SignInThrottles throttles, AuditLog audit, Clock clock,
			AccountSettings.Throttle settings) {
		this.delegate = delegate;
		this.throttles = throttles;
		this.audit = audit;
		this.clock = clock;
		this.settings = settings;
		this.accounts = new Backoff(settings.perAccount(), settings.delay(), settings.maxDelay());
		this.addresses = new Backoff(settings.perAddress(), settings.addressDelay(), settings.maxAddressDelay());
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String name = authentication.getName();
		String address = AuditLog.addressOf(authentication);
		// Milliseconds, which every database keeps exactly.
		LocalDateTime now = LocalDateTime.now(this.clock).truncatedTo(ChronoUnit.MILLIS);
		Optional<LocalDateTime> until = this.throttles.delayedUntil(name, address, now);
		if (until.isPresent()) {
			// Whole seconds, rounded up.
			Duration wait = Duration.between(now, until.get());
			long seconds = Math.max(1, wait.toSeconds() + ((wait.toNanosPart() > 0) ? 1 : 0));
			throw new SignInDelayedException(until.get(), Duration.ofSeconds(seconds));
		}
		try {
			Authentication authenticated = this.delegate.authenticate(authentication);
			if (authenticated != null) {
				// Only a success of the account itself ends its delays; an address's
				// failures stay, or an attacker would clear them with an account of their
				// own.
				this.throttles.clear(name);
			}
			return authenticated;
		}
		catch (BadCredentialsException ex) {
			failed(SignInThrottles.ACCOUNT, name, name, address, now, this.accounts);
			if (address != null) {
				failed(SignInThrottles.ADDRESS, address, name, address, now, this.addresses);
			}
			this.throttles.sweep(now.minus(this.settings.window()).minus(this.settings.maxDelay()));
			throw ex;
		}
	}

	private void failed(String kind, String subject, String name, String address, LocalDateTime now, Backoff backoff) {
		SignInThrottles.Failures failures = this.throttles.fail(kind, subject, now, backoff, this.settings.window());
		if (failures.delayedUntil() != null) {
			this.audit.record(String.valueOf(name), SIGN_IN_DELAYED, kind.toLowerCase() + ":" + subject,
					AuditableEvent.facts("until", failures.delayedUntil(), "failures", failures.failures()), address);
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.delegate.supports(authentication);
	}

}
