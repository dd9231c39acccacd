package org.rapport.shared;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A change was made over a version of a record that someone else has changed since: the
 * caller read version {@code expected}, the record is now at {@code current}. Nothing has
 * been stored when it is thrown. A change that loses a race between reading and writing
 * fails with Spring's {@link OptimisticLockingFailureException}, of which this is one.
 */
public class StaleVersionException extends OptimisticLockingFailureException {

	private final long current;

	public StaleVersionException(String what, Object id, long expected, long current) {
		super(what + " " + id + " was changed by someone else: it is at version " + current
				+ ", the change was made over version " + expected);
		this.current = current;
	}

	/**
	 * Fails when a caller made a change over a version other than the current one.
	 * @param what the kind of record, for the message
	 * @param id the record
	 * @param expected the version the caller read, or {@code null} when the caller did
	 * not say
	 * @param current the record's version now
	 */
	public static void check(String what, Object id, Long expected, Long current) {
		long now = (current != null) ? current : 0;
		if (expected != null && expected != now) {
			throw new StaleVersionException(what, id, expected, now);
		}
	}

	/**
	 * The record's version now.
	 * @return the current version
	 */
	public long getCurrent() {
		return this.current;
	}

}
