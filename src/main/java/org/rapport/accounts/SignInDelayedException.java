package org.rapport.accounts;

import java.time.Duration;
import java.time.LocalDateTime;

import org.springframework.security.authentication.LockedException;

/**
 * A sign-in attempt refused unchecked because recent failures, of the account or from the
 * address, delay further attempts. It does not count as a failure and does not extend the
 * delay. Unknown user names are delayed alike, so it says nothing about whether an
 * account exists.
 */
public class SignInDelayedException extends LockedException {

	private final LocalDateTime until;

	private final Duration wait;

	SignInDelayedException(LocalDateTime until, Duration wait) {
		super("Signing in is delayed until " + until + " after repeated failures");
		this.until = until;
		this.wait = wait;
	}

	/**
	 * When attempts are accepted again.
	 * @return the time, in the application clock's zone
	 */
	public LocalDateTime getUntil() {
		return this.until;
	}

	/**
	 * How long the caller has to wait, at the time of the attempt.
	 * @return the wait in whole seconds, at least one
	 */
	public Duration getWait() {
		return this.wait;
	}

}
