package org.rapport.accounts;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consecutive sign-in failures of account names and client addresses, and the delays
 * they cost, kept in the database so that every node applies the same ones. A failure is
 * counted under a row lock, so concurrent failures on several nodes all count.
 */
@Component
class SignInThrottles {

	static final String ACCOUNT = "ACCOUNT";

	static final String ADDRESS = "ADDRESS";

	private final JdbcClient jdbc;

	SignInThrottles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The latest time until which an account name or an address is delayed.
	 * @param account the user name tried
	 * @param address the client's address, may be {@code null}
	 * @param now the time of the attempt
	 * @return the time, empty when neither is delayed now
	 */
	@Transactional(readOnly = true)
	public Optional<LocalDateTime> delayedUntil(String account, String address, LocalDateTime now) {
		return this.jdbc.sql("""
				select max(delayed_until) from accounts_sign_in_throttle
				where ((kind = :account and subject = :name) or (kind = :address and subject = :ip))
				  and delayed_until > :now
				""")
			.param("account", ACCOUNT)
			.param("name", subject(Account.key(account)))
			.param("address", ADDRESS)
			.param("ip", (address != null) ? subject(address) : "")
			.param("now", now)
			.query(LocalDateTime.class)
			.optional();
	}

	/**
	 * Counts a failure and sets the delay it costs.
	 * @param kind {@link #ACCOUNT} or {@link #ADDRESS}
	 * @param name the user name or address
	 * @param now the time of the failure
	 * @param backoff the delays
	 * @param window how long failures are remembered after the delay ends
	 * @return the consecutive failures and the delay, if any
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Failures fail(String kind, String name, LocalDateTime now, Backoff backoff, Duration window) {
		String subject = subject(ACCOUNT.equals(kind) ? Account.key(name) : name);
		Row row = null;
		// A sweep on another node may delete the row between the insert and the lock;
		// then it is inserted again.
		for (int attempt = 0; row == null && attempt < 3; attempt++) {
			this.jdbc.sql("""
					insert into accounts_sign_in_throttle (kind, subject, failures, last_failure_at)
					values (:kind, :subject, 0, :now) on conflict do nothing
					""").param("kind", kind).param("subject", subject).param("now", now).update();
			row = this.jdbc.sql("""
					select failures, last_failure_at, delayed_until from accounts_sign_in_throttle
					where kind = :kind and subject = :subject for update
					""")
				.param("kind", kind)
				.param("subject", subject)
				.query((rs, n) -> new Row(rs.getInt(1), rs.getTimestamp(2).toLocalDateTime(),
						(rs.getTimestamp(3) != null) ? rs.getTimestamp(3).toLocalDateTime() : null))
				.optional()
				.orElse(null);
		}
		if (row == null) {
			throw new IllegalStateException("The sign-in throttle row of " + kind + " vanished three times");
		}
		LocalDateTime quietSince = (row.delayedUntil() != null && row.delayedUntil().isAfter(row.lastFailureAt()))
				? row.delayedUntil() : row.lastFailureAt();
		int failures = (now.isAfter(quietSince.plus(window)) ? 0 : row.failures()) + 1;
		Duration delay = backoff.after(failures);
		LocalDateTime until = delay.isZero() ? null : now.plus(delay);
		this.jdbc
			.sql("""
					update accounts_sign_in_throttle set failures = :failures, last_failure_at = :now, delayed_until = :until
					where kind = :kind and subject = :subject
					""")
			.param("failures", failures)
			.param("now", now)
			.param("until", until)
			.param("kind", kind)
			.param("subject", subject)
			.update();
		return new Failures(failures, until);
	}

	/**
	 * Forgets the failures of rows that cannot matter any more.
	 * @param before rows whose last failure was before this time
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void sweep(LocalDateTime before) {
		this.jdbc.sql("delete from accounts_sign_in_throttle where last_failure_at < :before")
			.param("before", before)
			.update();
	}

	/**
	 * Forgets an account name's failures and delay.
	 * @param account the user name
	 * @return whether there was anything to forget
	 */
	@Transactional
	public boolean clear(String account) {
		return this.jdbc.sql("delete from accounts_sign_in_throttle where kind = :kind and subject = :subject")
			.param("kind", ACCOUNT)
			.param("subject", subject(Account.key(account)))
			.update() > 0;
	}

	/**
	 * The accounts among these names that are delayed now.
	 * @param accounts the user names
	 * @param now the time
	 * @return until when each delayed one is delayed, by user name
	 */
	@Transactional(readOnly = true)
	public Map<String, LocalDateTime> delayed(Collection<String> accounts, LocalDateTime now) {
		if (accounts.isEmpty()) {
			return Map.of();
		}
		Map<String, String> names = accounts.stream()
			.collect(Collectors.toMap((name) -> subject(Account.key(name)), (name) -> name, (first, second) -> first));
		return this.jdbc.sql("""
				select subject, delayed_until from accounts_sign_in_throttle
				where kind = :kind and subject in (:subjects) and delayed_until > :now
				""")
			.param("kind", ACCOUNT)
			.param("subjects", List.copyOf(names.keySet()))
			.param("now", now)
			.query((rs, n) -> Map.entry(names.get(rs.getString(1)), rs.getTimestamp(2).toLocalDateTime()))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private static String subject(String name) {
		String subject = (name != null) ? name : "";
		return (subject.length() > 200) ? subject.substring(0, 200) : subject;
	}

	/**
	 * An account name's or address's consecutive failures after one more.
	 *
	 * @param failures the consecutive failures
	 * @param delayedUntil until when further attempts are refused, {@code null} for no
	 * delay
	 */
	record Failures(int failures, LocalDateTime delayedUntil) {
	}

	private record Row(int failures, LocalDateTime lastFailureAt, LocalDateTime delayedUntil) {
	}

}
