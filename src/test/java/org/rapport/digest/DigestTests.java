package org.rapport.digest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.junit.jupiter.api.Test;
import org.rapport.commitments.CommitmentState;
import org.rapport.commitments.CommitmentSummary;
import org.rapport.health.Alert;
import org.rapport.health.AlertState;
import org.rapport.health.AlertType;
import org.rapport.notifications.Email;
import org.rapport.surveys.OpenInvitation;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A digest's week, its key in the outbox, the arguments its email carries, and when it
 * goes out.
 */
class DigestTests {

	private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);

	@Test
	void namesTheIsoWeekSoThatEveryDayOfOneWeekGivesTheSameKey() {
		assertThat(Digest.week(LocalDate.of(2026, 11, 30))).isEqualTo("2026-W49");
		assertThat(Digest.week(LocalDate.of(2026, 12, 6))).isEqualTo("2026-W49");
		assertThat(Digest.week(LocalDate.of(2026, 12, 7))).isEqualTo("2026-W50");
		// Around new year the week belongs to the year that holds its Thursday.
		assertThat(Digest.week(LocalDate.of(2026, 12, 31))).isEqualTo("2026-W53");
		assertThat(Digest.week(LocalDate.of(2027, 1, 3))).isEqualTo("2026-W53");
		assertThat(Digest.week(LocalDate.of(2027, 1, 4))).isEqualTo("2027-W01");
		assertThat(Digest.wave(TUESDAY)).isEqualTo("digest-2026-W49");
		assertThat(digest(42, List.of(), List.of(), List.of()).key()).isEqualTo("digest-42-2026-W49");
	}

	@Test
	void isEmptyOnlyWhenAllThreeListsAre() {
		assertThat(digest(1, List.of(), List.of(), List.of()).isEmpty()).isTrue();
		assertThat(digest(1, List.of(alert(1)), List.of(), List.of()).isEmpty()).isFalse();
		assertThat(digest(1, List.of(), List.of(commitment("Call back", null, false)), List.of()).isEmpty()).isFalse();
		assertThat(digest(1, List.of(), List.of(), List.of(invitation(null, null))).isEmpty()).isFalse();
	}

	@Test
	void carriesTheFirstTwentyOfAListAndHowManyMoreAsTypesAndDaysNotSentences() {
		List<Alert> alerts = IntStream.rangeClosed(1, 23).mapToObj(DigestTests::alert).toList();

		Email email = digest(7, alerts, List.of(commitment("Call back", null, true)),
				List.of(invitation("Finance", TUESDAY.minusDays(2))))
			.email("https://rapport.example.org");

		assertThat(email.recipient()).isEqualTo("ada@example.org");
		assertThat(email.template()).isEqualTo("digest/weekly");
		assertThat(email.wave()).isEqualTo("digest-2026-W49");
		assertThat(email.key()).isEqualTo("digest-7-2026-W49");
		assertThat(email.arguments()).containsEntry("weekOf", "30 November 2026")
			.containsEntry("dueBy", "15 December 2026")
			.containsEntry("alerts", "20")
			.containsEntry("alertsMore", "3")
			.containsEntry("alert.1.type", "DETRACTOR")
			.containsEntry("alert.1.relationship", "Legal 1 \u2013 Platform")
			.containsEntry("alert.20.since", "20 November 2026")
			.doesNotContainKey("alert.21.type")
			.containsEntry("commitments", "1")
			.containsEntry("commitmentsMore", "0")
			.containsEntry("commitment.1.description", "Call back")
			.containsEntry("commitment.1.relationship", "")
			.containsEntry("commitment.1.overdue", "true")
			.containsEntry("surveys", "1")
			.containsEntry("survey.1.counterpart", "Finance")
			.containsEntry("survey.1.emailedOn", "29 November 2026")
			.containsEntry("account", "https://rapport.example.org/account#digest");
		assertThat(email.arguments().values()).noneMatch((value) -> value.contains("/s/"));
	}

	@Test
	void goesOutOnMondayMorningsAndListsCommitmentsDueWithinTwoWeeksUnlessConfiguredOtherwise() {
		DigestSettings settings = new Binder(new MapConfigurationPropertySource(Map.of()))
			.bindOrCreate("rapport.digest", DigestSettings.class);

		Instant next = Schedules.cron(settings.cron(), ZoneOffset.UTC)
			.getInitialExecutionTime(TUESDAY.atTime(12, 0).toInstant(ZoneOffset.UTC));

		assertThat(next).isEqualTo(LocalDate.of(2026, 12, 7).atTime(7, 0).toInstant(ZoneOffset.UTC));
		assertThat(settings.commitmentsWithin()).isEqualTo(Duration.ofDays(14));
	}

	static Digest digest(long account, List<Alert> alerts, List<Digest.DueCommitment> commitments,
			List<OpenInvitation> surveys) {
		return new Digest(account, "ada@example.org", "Ada Lovelace", TUESDAY, TUESDAY.plusDays(14), alerts,
				commitments, surveys);
	}

	static Alert alert(int n) {
		return new Alert(n, AlertType.DETRACTOR, n, "Legal " + n + " \u2013 Platform", 1, "Ada Lovelace",
				"health.alert.detractor.noRole", List.of("Dana Reyes", 5), "Legal: Dana Reyes stands against IT.",
				LocalDate.of(2026, 11, n), AlertState.OPEN, null, null, null, 0, true);
	}

	static Digest.DueCommitment commitment(String description, String relationship, boolean overdue) {
		return new Digest.DueCommitment(new CommitmentSummary(1, 1, description, 1, "Ada Lovelace",
				overdue ? TUESDAY.minusDays(3) : TUESDAY.plusDays(3), null, CommitmentState.OPEN, null, overdue, false,
				0), relationship);
	}

	static OpenInvitation invitation(String counterpart, LocalDate emailedOn) {
		return new OpenInvitation(1, 1, "Spring pulse", counterpart, TUESDAY.plusDays(10), emailedOn);
	}

}
