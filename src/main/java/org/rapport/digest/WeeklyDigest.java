package org.rapport.digest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.AccountSummary;
import org.rapport.commitments.CommitmentManagement;
import org.rapport.commitments.CommitmentSummary;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.PersonSummary;
import org.rapport.health.HealthManagement;
import org.rapport.notifications.NotificationManagement;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.surveys.SurveyManagement;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes each person's digest and queues it in the outbox. The digest is read as the
 * person would read Rapport signed in ({@link AccountManagement#onBehalfOf}), through the
 * same calls their pages make: My relationships' open alerts, My commitments and their
 * own survey invitations. So the rules of who sees what stay where they are, and the
 * digest never tells anyone more than their pages do.
 */
@Component
class WeeklyDigest {

	private final AccountManagement accounts;

	private final DirectoryManagement directory;

	private final RelationshipManagement relationships;

	private final HealthManagement health;

	private final CommitmentManagement commitments;

	private final SurveyManagement surveys;

	private final NotificationManagement notifications;

	private final DigestSettings settings;

	private final String baseUrl;

	WeeklyDigest(AccountManagement accounts, DirectoryManagement directory, RelationshipManagement relationships,
			HealthManagement health, CommitmentManagement commitments, SurveyManagement surveys,
			NotificationManagement notifications, DigestSettings settings,
			@Value("${rapport.base-url:http://localhost:8080}") String baseUrl) {
		this.accounts = accounts;
		this.directory = directory;
		this.relationships = relationships;
		this.health = health;
		this.commitments = commitments;
		this.surveys = surveys;
		this.notifications = notifications;
		this.settings = settings;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/**
	 * The accounts that receive the digest unless they have nothing waiting.
	 * @return their ids
	 */
	List<Long> due() {
		return this.accounts.weeklyDigestAccounts();
	}

	/**
	 * Queues an account's digest for the week of a day, unless its person has no email
	 * address, nothing waits for them, or the week's digest was queued already.
	 * @param accountId the account
	 * @param today the day the run is for
	 * @return whether a digest was queued
	 */
	boolean send(long accountId, LocalDate today) {
		Optional<Digest> digest = this.accounts.onBehalfOf(accountId, () -> read(accountId, today));
		return digest.filter((made) -> !made.isEmpty())
			.map((made) -> this.notifications.queue(List.of(made.email(this.baseUrl))) > 0)
			.orElse(false);
	}

	/**
	 * The digest as its person sees it, signed in; none without an email address.
	 */
	private Optional<Digest> read(long accountId, LocalDate today) {
		AccountSummary account = this.accounts.currentAccount();
		if (account.personId() == null) {
			return Optional.empty();
		}
		PersonSummary person = this.directory.person(account.personId());
		if (person.email() == null || person.email().isBlank()) {
			return Optional.empty();
		}
		LocalDate dueBy = today.plusDays(this.settings.commitmentsWithin().toDays());
		List<CommitmentSummary> due = this.commitments.pendingOf(person.id())
			.stream()
			.filter((commitment) -> commitment.overdue() || !commitment.dueOn().isAfter(dueBy))
			.toList();
		Map<Long, String> names = relationshipNames(due);
		return Optional.of(new Digest(accountId, person.email().strip(), person.name(), today, dueBy,
				this.health.myAlerts(),
				due.stream()
					.map((commitment) -> new Digest.DueCommitment(commitment, names.get(commitment.relationshipId())))
					.toList(),
				this.surveys.myOpenInvitations()));
	}

	/**
	 * The names of the commitments' relationships that the person may read; a commitment
	 * of another's relationship is listed without it.
	 */
	private Map<Long, String> relationshipNames(List<CommitmentSummary> commitments) {
		Set<Long> readable = this.relationships
			.readableAmong(commitments.stream().map(CommitmentSummary::relationshipId).distinct().toList());
		Map<Long, String> names = new HashMap<>();
		readable.forEach((id) -> names.put(id, this.relationships.relationship(id).name()));
		return names;
	}

}
