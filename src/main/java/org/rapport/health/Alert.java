package org.rapport.health;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.rapport.shared.MessageArguments;

/**
 * Something about a relationship that asks its owner to act, and where it stands with the
 * people who answer for it. What is wrong and what to do is a message: its code and
 * arguments, and the text they render to. The alert keeps its id for as long as its
 * condition holds; when the condition clears and later comes back, that is a new alert.
 *
 * @param id the alert
 * @param type what the alert is about
 * @param relationshipId the relationship
 * @param relationshipName the relationship as people name it: counterpart and IT group
 * @param ownerId the relationship's owner
 * @param ownerName the owner's name
 * @param code the message's code in {@code messages.properties}
 * @param arguments the message's arguments after the relationship's name: numbers, text,
 * days and message codes
 * @param message the message rendered in the server's message locale
 * @param raisedOn since when the alert stands
 * @param state open, acknowledged or snoozed, as of today
 * @param acknowledgement who acknowledged it, when and with what note, or {@code null}
 * @param snoozedUntil the day a snooze ends and the alert is open again, or {@code null}
 * @param assignee whom it is assigned to, or {@code null}
 * @param version the version its handling is at, for changes made over it
 * @param actionable whether the caller may acknowledge, snooze and assign it
 */
public record Alert(long id, AlertType type, long relationshipId, String relationshipName, long ownerId,
		String ownerName, String code, List<Object> arguments, String message, LocalDate raisedOn, AlertState state,
		Acknowledgement acknowledgement, LocalDate snoozedUntil, Assignee assignee, long version, boolean actionable) {

	/**
	 * The arguments to render the message with: the relationship's name first, days as
	 * dates that message formats can show, message codes as the messages they name.
	 * @return the arguments
	 */
	public Object[] messageArguments() {
		return messageArguments(this.relationshipName, this.arguments);
	}

	static Object[] messageArguments(String relationshipName, List<Object> arguments) {
		List<Object> all = new ArrayList<>();
		all.add(relationshipName);
		for (Object argument : arguments) {
			if (argument instanceof LocalDate day) {
				all.add(Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant()));
			}
			else if (argument instanceof MessageArguments.Code code) {
				all.add(code.resolvable());
			}
			else {
				all.add(argument);
			}
		}
		return all.toArray();
	}

	/**
	 * That someone has seen an alert and is dealing with it.
	 *
	 * @param note what they said about it
	 * @param by the user name of who acknowledged it
	 * @param at when
	 */
	public record Acknowledgement(String note, String by, LocalDateTime at) {
	}

	/**
	 * The person an alert is assigned to.
	 *
	 * @param id the person
	 * @param name the person's name
	 */
	public record Assignee(long id, String name) {
	}

}
