package org.rapport.health;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Something about a relationship that asks its owner to act. What is wrong and what to do
 * is a message: its code and arguments, and the text they render to.
 *
 * @param type what the alert is about
 * @param relationshipId the relationship
 * @param relationshipName the relationship as people name it: counterpart and IT group
 * @param ownerId the relationship's owner
 * @param ownerName the owner's name
 * @param code the message's code in {@code messages.properties}
 * @param arguments the message's arguments after the relationship's name: numbers, text
 * and days
 * @param message the message rendered in the server's message locale
 * @param raisedOn since when the alert stands
 */
public record Alert(AlertType type, long relationshipId, String relationshipName, long ownerId, String ownerName,
		String code, List<Object> arguments, String message, LocalDate raisedOn) {

	/**
	 * The arguments to render the message with: the relationship's name first, days as
	 * dates that message formats can show.
	 * @return the arguments
	 */
	public Object[] messageArguments() {
		return messageArguments(this.relationshipName, this.arguments);
	}

	static Object[] messageArguments(String relationshipName, List<Object> arguments) {
		List<Object> all = new ArrayList<>();
		all.add(relationshipName);
		for (Object argument : arguments) {
			all.add((argument instanceof LocalDate day)
					? Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant()) : argument);
		}
		return all.toArray();
	}

}
