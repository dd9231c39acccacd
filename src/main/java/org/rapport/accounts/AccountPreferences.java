package org.rapport.accounts;

/**
 * What the signed-in user chose for their own account.
 *
 * @param weeklyDigest whether they receive the weekly digest of their alerts, due
 * commitments and open surveys by email
 * @param version the account's version, for a change made over it
 */
public record AccountPreferences(boolean weeklyDigest, long version) {
}
