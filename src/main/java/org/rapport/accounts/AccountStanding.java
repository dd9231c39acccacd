package org.rapport.accounts;

/**
 * The accounts at a glance, for an administrator's home.
 *
 * @param accounts how many accounts there are
 * @param disabled how many may not sign in
 * @param delayed how many wait out a sign-in delay after failed attempts
 * @param withoutPerson how many are not linked to a person in the directory
 */
public record AccountStanding(long accounts, long disabled, long delayed, long withoutPerson) {
}
