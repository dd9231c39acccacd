package org.rapport.accounts;

import java.util.Set;

/**
 * An account as administrators see it.
 *
 * @param id the account's id
 * @param username the name used to sign in
 * @param personId the person the account belongs to, may be {@code null}
 * @param personName that person's name, may be {@code null}
 * @param roles the account's roles
 * @param enabled whether the account may sign in
 * @param version the account's version, for a change made over it
 */
public record AccountSummary(long id, String username, Long personId, String personName, Set<Role> roles,
		boolean enabled, long version) {
}
