package org.rapport.shared;

/**
 * An event that the audit log records: who did what to which object. Modules publish
 * their data changes as events implementing this, and the accounts module writes them
 * down.
 */
public interface AuditableEvent {

	/**
	 * The user name of whoever made the change, {@code system} for work Rapport does
	 * itself.
	 * @return the actor
	 */
	String actor();

	/**
	 * What happened, as an upper-case code such as {@code PERSON_UPDATED}.
	 * @return the action code
	 */
	String action();

	/**
	 * The object changed, such as {@code person:42}.
	 * @return the target
	 */
	String target();

	/**
	 * A short human-readable description of the change.
	 * @return the detail
	 */
	String detail();

}
