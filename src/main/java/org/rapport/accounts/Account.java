package org.rapport.accounts;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A local account: a user name, a password hash, roles, and the person it belongs to.
 */
@Table("accounts_account")
class Account {

	@Id
	private Long id;

	@Version
	private Long version;

	private String username;

	private String usernameKey;

	private String passwordHash;

	private Long personId;

	private boolean enabled;

	private LocalDateTime createdAt;

	/** Whether the person receives the weekly digest; on until they turn it off. */
	private boolean weeklyDigest = true;

	@MappedCollection(idColumn = "account_id")
	private Set<AccountRole> roles = new HashSet<>();

	Account(Long id, String username, String passwordHash, Long personId, boolean enabled, LocalDateTime createdAt) {
		this.id = id;
		this.username = username;
		this.usernameKey = key(username);
		this.passwordHash = passwordHash;
		this.personId = personId;
		this.enabled = enabled;
		this.createdAt = createdAt;
	}

	/**
	 * The key by which a user name is unique and found: user names differ by more than
	 * case, and sign in whatever case is typed.
	 * @param username the user name as given, may be {@code null}
	 * @return its key
	 */
	static String key(String username) {
		return (username != null) ? username.toLowerCase(Locale.ROOT) : "";
	}

	static Account create(LocalDateTime now, String username, String passwordHash, Long personId, Set<Role> roles) {
		Account account = new Account(null, username, passwordHash, personId, true, now);
		account.assign(roles);
		return account;
	}

	void assign(Set<Role> roles) {
		this.roles = roles.stream().map(AccountRole::new).collect(Collectors.toCollection(HashSet::new));
	}

	void linkTo(Long personId) {
		this.personId = personId;
	}

	void enable(boolean enabled) {
		this.enabled = enabled;
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	/**
	 * Turns the weekly digest on or off.
	 * @param weeklyDigest whether the person receives it
	 * @return whether that changed anything
	 */
	boolean receiveWeeklyDigest(boolean weeklyDigest) {
		boolean changed = this.weeklyDigest != weeklyDigest;
		this.weeklyDigest = weeklyDigest;
		return changed;
	}

	boolean receivesWeeklyDigest() {
		return this.weeklyDigest;
	}

	Long getVersion() {
		return this.version;
	}

	Long getId() {
		return this.id;
	}

	String getUsername() {
		return this.username;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	Long getPersonId() {
		return this.personId;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	Set<Role> getRoles() {
		return this.roles.stream().map(AccountRole::role).collect(Collectors.toSet());
	}

	/**
	 * One role of an account.
	 *
	 * @param role the role
	 */
	@Table("accounts_account_role")
	record AccountRole(Role role) {
	}

}
