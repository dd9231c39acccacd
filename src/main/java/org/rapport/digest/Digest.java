package org.rapport.digest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rapport.commitments.CommitmentSummary;
import org.rapport.health.Alert;
import org.rapport.notifications.Email;
import org.rapport.surveys.OpenInvitation;

/**
 * One person's digest for one week, and the email that carries it. The email is unique
 * per account and ISO week, so that the job may run again in the same week without a
 * second digest going out, and belongs to the week's wave, whose progress the outbox page
 * shows. Each list shows its first {@value #MOST} items and says how many more there are;
 * alerts carry their type, never a rendered sentence, so that the template words them.
 *
 * @param accountId the account the digest is for
 * @param recipient the person's email address
 * @param recipientName the person's name
 * @param today the day the digest is made, which names its week
 * @param dueBy the last due day of the commitments it lists besides the overdue ones
 * @param alerts the person's open alerts, the most pressing first
 * @param commitments the person's commitments due by {@code dueBy} or overdue, the most
 * overdue first
 * @param surveys the invitations the person has not answered while their campaign is open
 */
record Digest(long accountId, String recipient, String recipientName, LocalDate today, LocalDate dueBy,
		List<Alert> alerts, List<DueCommitment> commitments, List<OpenInvitation> surveys) {

	/** How many items of each list the email shows. */
	static final int MOST = 20;

	static final String TEMPLATE = "digest/weekly";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	Digest {
		alerts = List.copyOf(alerts);
		commitments = List.copyOf(commitments);
		surveys = List.copyOf(surveys);
	}

	/**
	 * Whether there is nothing to tell: no digest goes out then.
	 * @return whether all three lists are empty
	 */
	boolean isEmpty() {
		return this.alerts.isEmpty() && this.commitments.isEmpty() && this.surveys.isEmpty();
	}

	/**
	 * The ISO week a day falls in, as {@code 2026-W49}.
	 * @param day the day
	 * @return the week
	 */
	static String week(LocalDate day) {
		return "%d-W%02d".formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	/**
	 * The outbox wave of a week's digests.
	 * @param day a day of the week
	 * @return the wave's name, as {@code digest-2026-W49}
	 */
	static String wave(LocalDate day) {
		return "digest-" + week(day);
	}

	/**
	 * What makes this digest unique in the outbox: one per account and week.
	 * @return the key, as {@code digest-42-2026-W49}
	 */
	String key() {
		return "digest-" + this.accountId + "-" + week(this.today);
	}

	/**
	 * The email that carries the digest.
	 * @param baseUrl the address people reach Rapport at, without a trailing slash
	 * @return the email
	 */
	Email email(String baseUrl) {
		Map<String, String> arguments = new HashMap<>();
		arguments.put("weekOf", DAY.format(this.today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))));
		arguments.put("dueBy", DAY.format(this.dueBy));
		list(arguments, "alert", this.alerts.size());
		for (int i = 0; i < shown(this.alerts.size()); i++) {
			Alert alert = this.alerts.get(i);
			String item = "alert." + (i + 1) + ".";
			arguments.put(item + "type", alert.type().name());
			arguments.put(item + "relationship", alert.relationshipName());
			arguments.put(item + "since", DAY.format(alert.raisedOn()));
		}
		list(arguments, "commitment", this.commitments.size());
		for (int i = 0; i < shown(this.commitments.size()); i++) {
			DueCommitment due = this.commitments.get(i);
			String item = "commitment." + (i + 1) + ".";
			arguments.put(item + "description", due.commitment().description());
			arguments.put(item + "relationship", (due.relationshipName() != null) ? due.relationshipName() : "");
			arguments.put(item + "dueOn", DAY.format(due.commitment().dueOn()));
			arguments.put(item + "overdue", String.valueOf(due.commitment().overdue()));
		}
		list(arguments, "survey", this.surveys.size());
		for (int i = 0; i < shown(this.surveys.size()); i++) {
			OpenInvitation invitation = this.surveys.get(i);
			String item = "survey." + (i + 1) + ".";
			arguments.put(item + "campaign", invitation.campaignName());
			arguments.put(item + "counterpart",
					(invitation.counterpartName() != null) ? invitation.counterpartName() : "");
			arguments.put(item + "closesOn", DAY.format(invitation.closesOn()));
			arguments.put(item + "emailedOn",
					(invitation.lastEmailedOn() != null) ? DAY.format(invitation.lastEmailedOn()) : "");
		}
		arguments.put("mine", baseUrl + "/mine");
		arguments.put("myCommitments", baseUrl + "/commitments");
		// The way out opens My account, where a signed-in POST turns the digest off: a
		// link that changed anything would be followed by mail scanners.
		arguments.put("account", baseUrl + "/account#digest");
		return new Email(this.recipient, this.recipientName, TEMPLATE, arguments, wave(this.today), key());
	}

	/**
	 * A list's counts: {@code alerts} shown and {@code alertsMore} left out.
	 */
	private static void list(Map<String, String> arguments, String name, int size) {
		arguments.put(name + "s", String.valueOf(shown(size)));
		arguments.put(name + "sMore", String.valueOf(size - shown(size)));
	}

	private static int shown(int size) {
		return Math.min(size, MOST);
	}

	/**
	 * A commitment with the name of the relationship it was made in.
	 *
	 * @param commitment the commitment
	 * @param relationshipName the relationship's name, or {@code null} when the person
	 * may not read the relationship
	 */
	record DueCommitment(CommitmentSummary commitment, String relationshipName) {
	}

}
