package org.rapport.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.rapport.directory.DirectoryManagement;
import org.rapport.shared.LinkTokens;
import org.rapport.shared.Actor;
import org.rapport.shared.Cursor;
import org.rapport.shared.AlreadyExistsException;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.KeysetPage;
import org.rapport.shared.NotFoundException;
import org.rapport.shared.StaleVersionException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts, their roles and API tokens, and the audit log.
 */
@Service
@Transactional(readOnly = true)
public class AccountManagement {

	private static final SecureRandom RANDOM = new SecureRandom();

	static final String TOKEN_PREFIX = "rpt_";

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final JdbcClient jdbc;

	private final DirectoryManagement directory;

	private final ApplicationEventPublisher events;

	private final boolean demoMode;

	private final SignInThrottles throttles;

	private final Clock clock;

	AccountManagement(AccountRepository accounts, PasswordEncoder passwords, JdbcClient jdbc,
			DirectoryManagement directory, ApplicationEventPublisher events,
			@Value("${rapport.demo.enabled:false}") boolean demoMode, Environment environment,
			SignInThrottles throttles, Clock clock) {
		// Accounts with a published password never exist in production.
		this.demoMode = demoMode && !environment.matchesProfiles("prod");
		this.accounts = accounts;
		this.passwords = passwords;
		this.jdbc = jdbc;
		this.directory = directory;
		this.events = events;
		this.throttles = throttles;
		this.clock = clock;
	}

	/**
	 * Creates an account.
	 * @param draft the account's details
	 * @return the new account
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public AccountSummary createAccount(AccountDraft draft) {
		if (draft.username() == null || !draft.username().matches("[A-Za-z0-9._@-]{1,100}")) {
			throw new InvalidInputException("username", "error.account.username");
		}
		if (draft.roles() == null || draft.roles().isEmpty()) {
			throw new InvalidInputException("roles", "error.account.no-role");
		}
		PasswordPolicy.check("password", draft.username(), draft.password());
		if (this.accounts.findByUsername(draft.username()).isPresent()) {
			throw new AlreadyExistsException("username", "error.account.username-taken", draft.username());
		}
		checkPerson(null, draft.personId());
		Account account;
		try {
			account = this.accounts.save(Account.create(LocalDateTime.now(this.clock), draft.username(),
					this.passwords.encode(draft.password()), draft.personId(), draft.roles()));
		}
		catch (DuplicateKeyException ex) {
			// Another request created the account, or one for the person, first.
			boolean person = String.valueOf(ex.getMessage())
				.toLowerCase(Locale.ROOT)
				.contains("accounts_account_person_idx");
			throw person ? new AlreadyExistsException("personId", ex, "error.account.person-taken")
					: new AlreadyExistsException("username", ex, "error.account.username-taken", draft.username());
		}
		this.events.publishEvent(new AccountCreated(account.getId(), draft.username(), Set.copyOf(draft.roles()),
				Actor.current(), this.clock.instant()));
		return summary(account);
	}

	/**
	 * Creates an account of the demo organisation, whose password is {@code demo}.
	 * Refused unless Rapport runs its demo organisation.
	 * @param username the user name
	 * @param personId the person, may be {@code null}
	 * @param role the role
	 * @return the new account, or the existing one of that name
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public AccountSummary createDemoAccount(String username, Long personId, Role role) {
		if (!this.demoMode) {
			throw new IllegalStateException("Demo accounts exist only in the demo mode, never with the prod profile");
		}
		Account account = this.accounts.findByUsername(username).orElseGet(() -> {
			Account created = this.accounts.save(Account.create(LocalDateTime.now(this.clock), username,
					this.passwords.encode("demo"), personId, Set.of(role)));
			this.events.publishEvent(
					new AccountCreated(created.getId(), username, Set.of(role), Actor.current(), this.clock.instant()));
			return created;
		});
		return summary(account);
	}

	/**
	 * Changes an account's roles, person and whether it may sign in. Administrators do
	 * not change their own roles, nor disable themselves: another administrator must, so
	 * that no one grants themselves a right alone.
	 * @param id the account
	 * @param roles the roles
	 * @param personId the person, may be {@code null}
	 * @param enabled whether the account may sign in
	 * @return the changed account
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public AccountSummary updateAccount(long id, Set<Role> roles, Long personId, boolean enabled) {
		return updateAccount(id, roles, personId, enabled, null);
	}

	/**
	 * Changes an account's roles, person, whether it may sign in and, when one is given,
	 * its password, all at once: input that breaks any rule changes nothing.
	 * @param id the account
	 * @param roles the roles
	 * @param personId the person, may be {@code null}
	 * @param enabled whether the account may sign in
	 * @param newPassword the new password, or {@code null} or blank to keep it
	 * @return the changed account
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public AccountSummary updateAccount(long id, Set<Role> roles, Long personId, boolean enabled, String newPassword) {
		return updateAccount(id, roles, personId, enabled, newPassword, null);
	}

	/**
	 * Changes an account as {@link #updateAccount(long, Set, Long, boolean, String)}
	 * does, over the version of the account the caller read.
	 * @param id the account
	 * @param roles the roles
	 * @param personId the person, may be {@code null}
	 * @param enabled whether the account may sign in
	 * @param newPassword the new password, or {@code null} or blank to keep it
	 * @param version the version the change was made over, or {@code null} not to check
	 * @return the changed account
	 * @throws org.rapport.shared.StaleVersionException when someone else changed the
	 * account since that version
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public AccountSummary updateAccount(long id, Set<Role> roles, Long personId, boolean enabled, String newPassword,
			Long version) {
		Account account = this.accounts.findById(id).orElseThrow(() -> new NotFoundException("Account", id));
		StaleVersionException.check("Account", id, version, account.getVersion());
		boolean passwordGiven = newPassword != null && !newPassword.isBlank();
		if (passwordGiven) {
			PasswordPolicy.check("password", account.getUsername(), newPassword);
		}
		if (roles == null || roles.isEmpty()) {
			throw new InvalidInputException("roles", "error.account.no-role");
		}
		checkPerson(id, personId);
		if (account.getUsername().equals(Actor.current())) {
			if (!roles.equals(account.getRoles())) {
				throw new InvalidInputException("roles", "error.account.own-roles");
			}
			if (!enabled) {
				throw new InvalidInputException("enabled", "error.account.own-disable");
			}
		}
		Set<Role> previousRoles = Set.copyOf(account.getRoles());
		Long previousPerson = account.getPersonId();
		boolean wasEnabled = account.isEnabled();
		account.assign(roles);
		account.linkTo(personId);
		account.enable(enabled);
		if (passwordGiven) {
			account.changePassword(this.passwords.encode(newPassword));
		}
		try {
			this.accounts.save(account);
		}
		catch (DuplicateKeyException ex) {
			throw new AlreadyExistsException("personId", ex, "error.account.person-taken");
		}
		String username = account.getUsername();
		Instant now = this.clock.instant();
		if (!previousRoles.equals(Set.copyOf(roles))) {
			this.events.publishEvent(
					new AccountRolesChanged(id, username, Set.copyOf(roles), previousRoles, Actor.current(), now));
		}
		if (!Objects.equals(previousPerson, personId)) {
			this.events.publishEvent(new AccountLinked(id, username, personId, Actor.current(), now));
		}
		if (wasEnabled && !enabled) {
			this.events.publishEvent(new AccountDisabled(id, username, Actor.current(), now));
		}
		if (!wasEnabled && enabled) {
			this.events.publishEvent(new AccountEnabled(id, username, Actor.current(), now));
		}
		if (passwordGiven) {
			this.events.publishEvent(new PasswordReset(id, username, Actor.current(), now));
		}
		return summary(account);
	}

	/**
	 * Sets a new password for an account.
	 * @param id the account
	 * @param password the new password
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void resetPassword(long id, String password) {
		Account account = this.accounts.findById(id).orElseThrow(() -> new NotFoundException("Account", id));
		PasswordPolicy.check("password", account.getUsername(), password);
		account.changePassword(this.passwords.encode(password));
		this.accounts.save(account);
		this.events.publishEvent(new PasswordReset(id, account.getUsername(), Actor.current(), this.clock.instant()));
	}

	/**
	 * Changes the caller's own password.
	 * @param current the current password
	 * @param password the new password
	 */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public void changeOwnPassword(String current, String password) {
		Account account = currentAccountEntity();
		if (current == null || !this.passwords.matches(current, account.getPasswordHash())) {
			throw new InvalidInputException("currentPassword", "error.account.current-password");
		}
		PasswordPolicy.check("newPassword", account.getUsername(), password);
		account.changePassword(this.passwords.encode(password));
		this.accounts.save(account);
		this.events.publishEvent(
				new PasswordChanged(account.getId(), account.getUsername(), Actor.current(), this.clock.instant()));
	}

	/**
	 * What the caller chose for their own account.
	 * @return the preferences
	 */
	@PreAuthorize("isAuthenticated()")
	public AccountPreferences preferences() {
		return preferences(currentAccountEntity());
	}

	/**
	 * Turns the caller's weekly digest on or off.
	 * @param weeklyDigest whether they receive it
	 * @param version the account's version the change was made over, or {@code null} not
	 * to check
	 * @return the preferences after the change
	 * @throws StaleVersionException when the account changed since that version
	 */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public AccountPreferences changePreferences(boolean weeklyDigest, Long version) {
		Account account = currentAccountEntity();
		StaleVersionException.check("Account", account.getId(), version, account.getVersion());
		if (account.receiveWeeklyDigest(weeklyDigest)) {
			account = this.accounts.save(account);
			Instant now = this.clock.instant();
			this.events.publishEvent(
					weeklyDigest ? new DigestOptedIn(account.getId(), account.getUsername(), Actor.current(), now)
							: new DigestOptedOut(account.getId(), account.getUsername(), Actor.current(), now));
		}
		return preferences(account);
	}

	private static AccountPreferences preferences(Account account) {
		return new AccountPreferences(account.receivesWeeklyDigest(),
				(account.getVersion() != null) ? account.getVersion() : 0);
	}

	/**
	 * The accounts whose person receives the weekly digest: enabled, linked to a person,
	 * and not turned off. For modules, not for callers on the web: it checks no role.
	 * @return the accounts' ids, in order
	 */
	public List<Long> weeklyDigestAccounts() {
		return this.jdbc.sql("""
				select id from accounts_account where enabled and weekly_digest and person_id is not null order by id
				""").query(Long.class).list();
	}

	/**
	 * Runs work as an account's owner, signed in with its roles and person, and gives the
	 * thread back to whoever ran before. What the work reads is what that person would
	 * see signed in: every role and object check applies as it would to them. For work
	 * Rapport does on a person's behalf while they are away, such as the weekly digest;
	 * not for callers on the web.
	 * @param <T> what the work gives back
	 * @param accountId the account
	 * @param work what to run
	 * @return what the work gave back
	 * @throws NotFoundException when there is no such account
	 * @throws IllegalStateException when the account is disabled: no one acts as it
	 */
	public <T> T onBehalfOf(long accountId, Supplier<T> work) {
		Account account = this.accounts.findById(accountId)
			.orElseThrow(() -> new NotFoundException("Account", accountId));
		if (!account.isEnabled()) {
			throw new IllegalStateException("Account " + accountId + " is disabled: no one acts as it");
		}
		RapportUser user = AccountUserDetailsService.user(account);
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			if (previous.getAuthentication() != null) {
				SecurityContextHolder.setContext(previous);
			}
			else {
				SecurityContextHolder.clearContext();
			}
		}
	}

	@PreAuthorize("hasRole('ADMIN')")
	public KeysetPage<AccountSummary> accounts(String after, Integer size) {
		Cursor cursor = Cursor.decode(after);
		int limit = Cursor.pageSize(size);
		List<Account> found = this.jdbc
			.sql("select id from accounts_account where (:key = '' or username > :key) order by username limit :limit")
			.param("key", (cursor != null) ? cursor.key() : "")
			.param("limit", limit + 1)
			.query(Long.class)
			.list()
			.stream()
			.map((id) -> this.accounts.findById(id).orElseThrow())
			.toList();
		return KeysetPage.of(found, limit, (account) -> new Cursor(account.getUsername(), account.getId()))
			.map(this::summary);
	}

	@PreAuthorize("hasRole('ADMIN')")
	public AccountSummary account(long id) {
		return this.accounts.findById(id).map(this::summary).orElseThrow(() -> new NotFoundException("Account", id));
	}

	/**
	 * Whether any account exists, so that the sign-in page can say how to create the
	 * first one when none does. Anyone may ask: the answer is the same for every visitor
	 * and names no account.
	 * @return {@code true} once an account exists
	 */
	public boolean anyAccountExists() {
		return this.accounts.count() > 0;
	}

	/**
	 * The caller's account.
	 * @return the account
	 */
	@PreAuthorize("isAuthenticated()")
	public AccountSummary currentAccount() {
		return summary(currentAccountEntity());
	}

	/**
	 * The account of a person, if they have one.
	 * @param personId the person
	 * @return the account
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public Optional<AccountSummary> accountOf(long personId) {
		return this.accounts.findByPersonId(personId).map(this::summary);
	}

	/**
	 * The caller's API tokens that are not revoked, the expired ones included.
	 * @return the tokens
	 */
	@PreAuthorize("isAuthenticated()")
	public List<ApiTokenSummary> tokens() {
		LocalDateTime now = LocalDateTime.now(this.clock);
		return this.jdbc.sql("""
				select id, name, prefix, created_at, last_used_at, expires_at from accounts_api_token
				where account_id = :account and revoked_at is null order by created_at desc, id desc
				""").param("account", currentAccountEntity().getId()).query((rs, n) -> {
			LocalDateTime expiresAt = (rs.getTimestamp("expires_at") != null)
					? rs.getTimestamp("expires_at").toLocalDateTime() : null;
			return new ApiTokenSummary(rs.getLong("id"), rs.getString("name"), rs.getString("prefix"),
					rs.getTimestamp("created_at").toLocalDateTime(),
					(rs.getTimestamp("last_used_at") != null) ? rs.getTimestamp("last_used_at").toLocalDateTime()
							: null,
					(expiresAt != null) ? expiresAt.toLocalDate() : null, expiresAt != null && !expiresAt.isAfter(now));
		}).list();
	}

	/**
	 * Creates an API token for the caller. The token is shown once; only its hash is
	 * kept.
	 * @param name what the caller calls the token
	 * @return the token's secret, to use as {@code Authorization: Bearer <token>}
	 */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public String createToken(String name) {
		return createToken(name, null);
	}

	/**
	 * Creates an API token for the caller that stops working on a given day. The token is
	 * shown once; only its hash is kept.
	 * @param name what the caller calls the token
	 * @param expiresOn the first day on which the token no longer works, after today and
	 * within five years; {@code null} for a token that does not expire
	 * @return the token's secret, to use as {@code Authorization: Bearer <token>}
	 */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public String createToken(String name, LocalDate expiresOn) {
		if (name == null || name.isBlank() || name.length() > 100) {
			throw new InvalidInputException("name", "error.token.name");
		}
		LocalDate today = LocalDate.now(this.clock);
		if (expiresOn != null && (!expiresOn.isAfter(today) || expiresOn.isAfter(today.plusYears(5)))) {
			throw new InvalidInputException("expiresOn", "error.token.expiry", 5);
		}
		Account account = currentAccountEntity();
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		this.jdbc.sql("""
				insert into accounts_api_token (account_id, name, token_hash, prefix, created_at, expires_at)
				values (:account, :name, :hash, :prefix, :at, :expires)
				""")
			.param("account", account.getId())
			.param("name", name.strip())
			.param("hash", hash(token))
			.param("prefix", token.substring(0, 10))
			.param("at", LocalDateTime.now(this.clock))
			.param("expires", (expiresOn != null) ? expiresOn.atStartOfDay() : null)
			.update();
		this.events
			.publishEvent(new ApiTokenCreated(account.getId(), name.strip(), Actor.current(), this.clock.instant()));
		return token;
	}

	/**
	 * Revokes one of the caller's API tokens.
	 * @param tokenId the token
	 */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public void revokeToken(long tokenId) {
		Account account = currentAccountEntity();
		int revoked = this.jdbc
			.sql("update accounts_api_token set revoked_at = :at where id = :id and account_id = :account "
					+ "and revoked_at is null")
			.param("at", LocalDateTime.now(this.clock))
			.param("id", tokenId)
			.param("account", account.getId())
			.update();
		if (revoked == 0) {
			throw new NotFoundException("Token", tokenId);
		}
		this.events.publishEvent(new ApiTokenRevoked(account.getId(), tokenId, Actor.current(), this.clock.instant()));
	}

	/**
	 * Ends the sign-in delay that failed sign-ins put on an account, and forgets those
	 * failures, so that its owner may sign in at once.
	 * @param id the account
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void clearSignInDelay(long id) {
		Account account = this.accounts.findById(id).orElseThrow(() -> new NotFoundException("Account", id));
		LocalDateTime until = this.throttles.delayed(List.of(account.getUsername()), LocalDateTime.now(this.clock))
			.get(account.getUsername());
		this.throttles.clear(account.getUsername());
		this.events.publishEvent(
				new SignInDelayCleared(id, account.getUsername(), until, Actor.current(), this.clock.instant()));
	}

	/**
	 * The accounts among these whose sign-in is delayed now by failed sign-ins.
	 * @param usernames the accounts' user names
	 * @return until when each delayed one is delayed, by user name
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public Map<String, LocalDateTime> signInDelays(Collection<String> usernames) {
		return this.throttles.delayed(usernames, LocalDateTime.now(this.clock));
	}

	/**
	 * The accounts at a glance: how many, how many disabled, delayed after failed
	 * sign-ins, or not linked to a person.
	 * @return the figures
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public AccountStanding standing() {
		long delayed = this.jdbc.sql("""
				select count(*) from accounts_sign_in_throttle where kind = :kind and delayed_until > :now""")
			.param("kind", SignInThrottles.ACCOUNT)
			.param("now", LocalDateTime.now(this.clock))
			.query(Long.class)
			.single();
		return this.jdbc.sql("""
				select count(*), sum(case when enabled then 0 else 1 end),
				       sum(case when person_id is null then 1 else 0 end)
				from accounts_account""")
			.query((rs, n) -> new AccountStanding(rs.getLong(1), rs.getLong(2), delayed, rs.getLong(3)))
			.single();
	}

	/**
	 * The audit log, newest first.
	 * @param action only entries with this action, or {@code null}
	 * @param after the cursor of the page before, or {@code null}
	 * @param size the page size
	 * @return one page of entries
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public KeysetPage<AuditEntry> auditLog(String action, String after, Integer size) {
		Cursor cursor = Cursor.decode(after);
		int limit = Cursor.pageSize(size);
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new java.util.HashMap<>();
		if (action != null && !action.isBlank()) {
			where.add("action = :action");
			params.put("action", action);
		}
		if (cursor != null) {
			where.add("(occurred_at, id) < (:at, :id)");
			params.put("at", cursor.time());
			params.put("id", cursor.id());
		}
		params.put("limit", limit + 1);
		List<AuditEntry> entries = this.jdbc
			.sql("select id, occurred_at, actor, action, target, detail, remote_address from accounts_audit_event"
					+ (where.isEmpty() ? "" : " where " + String.join(" and ", where))
					+ " order by occurred_at desc, id desc limit :limit")
			.params(params)
			.query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toLocalDateTime(),
					rs.getString("actor"), rs.getString("action"), rs.getString("target"), rs.getString("detail"),
					rs.getString("remote_address")))
			.list();
		return KeysetPage.of(entries, limit, (entry) -> new Cursor(entry.occurredAt().toString(), entry.id()));
	}

	/**
	 * The actions that occur in the audit log, for filtering.
	 * @return the action codes
	 */
	@PreAuthorize("hasRole('ADMIN')")
	public List<String> auditActions() {
		return this.jdbc.sql("select distinct action from accounts_audit_event order by action")
			.query(String.class)
			.list();
	}

	Account currentAccountEntity() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof RapportUser user) {
			return this.accounts.findById(user.getAccountId())
				.orElseThrow(() -> new NotFoundException("Account", user.getAccountId()));
		}
		String name = (authentication != null) ? authentication.getName() : null;
		return this.accounts.findByUsername(name).orElseThrow(() -> new NotFoundException("Account", name));
	}

	private void checkPerson(Long accountId, Long personId) {
		if (personId == null) {
			return;
		}
		this.directory.person(personId);
		this.accounts.findByPersonId(personId)
			.filter((other) -> !other.getId().equals(accountId))
			.ifPresent((other) -> {
				throw new AlreadyExistsException("personId", "error.account.person-has-account", other.getUsername());
			});
	}

	private AccountSummary summary(Account account) {
		String personName = (account.getPersonId() != null) ? this.directory.person(account.getPersonId()).name()
				: null;
		return new AccountSummary(account.getId(), account.getUsername(), account.getPersonId(), personName,
				account.getRoles(), account.isEnabled(), (account.getVersion() != null) ? account.getVersion() : 0);
	}

	static String hash(String token) {
		return LinkTokens.hash(token);
	}

}
