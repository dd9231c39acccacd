package org.rapport.shared;

import java.time.Instant;
import java.util.StringJoiner;

/**
 * An event that the audit log records: who did what to which object, and when. Modules
 * publish each fact of a data change as a record of its own implementing this
 * ({@code RelationshipEstablished}, {@code CommitmentKept}), and the accounts module
 * writes them down with the moment the change was made, however late it gets to them.
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
	 * The facts of the change as {@code name=value} pairs separated by {@code ; }, such
	 * as {@code tier=CORE; previousTier=STRATEGIC}: data to show as it is, not a
	 * sentence.
	 * @return the detail
	 */
	String detail();

	/**
	 * When the change was made, from the clock of the module that made it.
	 * @return the moment
	 */
	Instant occurredAt();

	/**
	 * Writes facts as {@code name=value} pairs for {@link #detail()}; pairs whose value
	 * is {@code null} are left out.
	 * @param namesAndValues a name, its value, the next name, its value...
	 * @return the pairs
	 */
	static String facts(Object... namesAndValues) {
		StringJoiner facts = new StringJoiner("; ");
		for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
			if (namesAndValues[i + 1] != null) {
				facts.add(namesAndValues[i] + "=" + namesAndValues[i + 1]);
			}
		}
		return facts.toString();
	}

}
