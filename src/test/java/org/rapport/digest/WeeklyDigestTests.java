package org.rapport.digest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.MovableClock;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountDraft;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.commitments.CommitmentFixtures;
import org.rapport.commitments.CommitmentManagement;
import org.rapport.directory.DirectoryFixtures;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.PersonDraft;
import org.rapport.notifications.NotificationManagement;
import org.rapport.notifications.OutboxEntry;
import org.rapport.notifications.OutboxPreview;
import org.rapport.relationships.RelationshipDraft;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipSummary;
import org.rapport.relationships.StakeholderDraft;
import org.rapport.relationships.Stance;
import org.rapport.relationships.Tier;
import org.rapport.shared.KeysetPage;
import org.rapport.surveys.CampaignDraft;
import org.rapport.surveys.CampaignSummary;
import org.rapport.surveys.Channel;
import org.rapport.surveys.SurveyManagement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weekly digest over a small organisation: one email each for the people who have
 * open alerts, commitments due soon or overdue, or a survey to answer, listing just
 * those; none for the person who turned it off, for the person with nothing waiting, nor
 * for the one without an email address; nothing more when the job runs again in the same
 * week, or twice at once, and a new digest the week after.
 */
@SpringBootTest(properties = "rapport.demo.enabled=false")
@Import(MovableClock.Configuration.class)
class WeeklyDigestTests {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	@Autowired
	WeeklyDigest digest;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	RelationshipManagement relationships;

	@Autowired
	CommitmentManagement commitments;

	@Autowired
	SurveyManagement surveys;

	@Autowired
	NotificationManagement notifications;

	@Autowired
	UserDetailsService users;

	@Autowired
	MovableClock clock;

	DirectoryFixtures people;

	LocalDate today;

	/** Owns a relationship with a detractor and three commitments. */
	long ada;

	/** Takes part in a relationship whose IT people are asked to rate IT. */
	long ben;

	/** Takes part in Ada's relationship, but turned the digest off. */
	long cara;

	/** Has nothing waiting for them. */
	long dan;

	/** Takes part in Ada's relationship, and has no email address. */
	long eve;

	RelationshipSummary legal;

	RelationshipSummary finance;

	String campaign;

	@BeforeEach
	void organisation() {
		this.clock.set(LocalDate.now());
		this.today = this.clock.today();
		this.people = DirectoryFixtures.of(this.directory);
		long platform = this.people.itGroup("Digest Platform");
		long data = this.people.itGroup("Digest Data");
		long legalUnit = this.people.businessUnit("Digest Legal");
		long financeUnit = this.people.businessUnit("Digest Finance");
		SignedIn.asSystem(() -> {
			this.ada = account("Ada", platform, true, Role.IT_STAFF);
			this.ben = account("Ben", platform, true, Role.IT_STAFF);
			this.cara = account("Cara", platform, true, Role.IT_STAFF);
			this.dan = account("Dan", data, true, Role.IT_STAFF);
			this.eve = account("Eve", platform, false, Role.IT_STAFF);
			account("Head", data, false, Role.RELATIONSHIP_MANAGER);
			long frank = this.people.itPerson("Frank", platform);
			this.legal = this.relationships.establish(new RelationshipDraft(platform, legalUnit, person("Ada"),
					Tier.CORE, List.of(person("Cara"), person("Eve"))));
			this.relationships.addStakeholder(this.legal.id(),
					new StakeholderDraft(null, "Dana Reyes", null, "General counsel", 5, 4, Stance.DETRACTOR, null));
			this.finance = this.relationships
				.establish(new RelationshipDraft(platform, financeUnit, frank, Tier.CORE, List.of(person("Ben"))));
			CommitmentFixtures promises = new CommitmentFixtures(this.commitments);
			promises.make(this.legal.id(), "Send the roadmap", person("Ada"), this.today.plusDays(3));
			promises.make(this.legal.id(), "Review the contract", person("Ada"), this.today.plusDays(30));
			this.commitments.recordEarlier(this.legal.id(),
					CommitmentFixtures.promise("Fix the invoices", person("Ada"), this.today.minusDays(5)));
			return null;
		});
		// Ben and Frank, Finance's IT people, are asked to rate IT; only Ben has an
		// address.
		this.campaign = this.people.named("Mirror");
		as("Head", () -> {
			CampaignSummary mirror = this.surveys.create(new CampaignDraft("mirror", this.campaign, Channel.PULSE,
					List.of(this.finance.id()), null, this.today.plusDays(14), 5, 5, List.of()));
			return this.surveys.launch(mirror.id(), null);
		});
		as("Cara", () -> this.accounts.changePreferences(false, null));
	}

	@Test
	void queuesOneDigestForEachPersonWithSomethingWaitingAndNothingMoreThatWeek() {
		int queued = DigestJob.run(this.digest, this.transactions, this.today);

		assertThat(queued).isGreaterThanOrEqualTo(2);
		assertThat(digests(this.ada)).isEqualTo(1);
		assertThat(digests(this.ben)).isEqualTo(1);
		assertThat(digests(this.cara)).as("turned off").isZero();
		assertThat(digests(this.dan)).as("nothing waiting").isZero();
		assertThat(digests(this.eve)).as("no email address").isZero();
		assertThat(this.notifications.progress(Digest.wave(this.today)).total()).isGreaterThanOrEqualTo(2);

		// Again in the same week: each digest is queued already.
		DigestJob.run(this.digest, this.transactions, this.today);
		DigestJob.run(this.digest, this.transactions, this.today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
		assertThat(digests(this.ada)).isEqualTo(1);
		assertThat(digests(this.ben)).isEqualTo(1);
		assertThat(digests(this.cara)).isZero();

		// The week after, a new one.
		this.clock.set(this.today.plusWeeks(1));
		DigestJob.run(this.digest, this.transactions, this.clock.today());
		assertThat(digests(this.ada)).isEqualTo(2);
		assertThat(digests(this.cara)).isZero();
	}

	@Test
	void twoRunsAtOnceQueueOneDigestEach() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> runs = new ArrayList<>();
			for (int n = 0; n < 2; n++) {
				runs.add(threads.submit(() -> {
					start.await();
					return DigestJob.run(this.digest, this.transactions, this.today);
				}));
			}
			start.countDown();
			for (Future<Integer> run : runs) {
				run.get(2, TimeUnit.MINUTES);
			}
		}
		finally {
			threads.shutdownNow();
		}

		assertThat(digests(this.ada)).isEqualTo(1);
		assertThat(digests(this.ben)).isEqualTo(1);
		assertThat(digests(this.cara)).isZero();
	}

	@Test
	void listsTheOpenAlertsTheCommitmentsDueWithinTwoWeeksOrOverdueAndTheSurveysNotAnswered() {
		DigestJob.run(this.digest, this.transactions, this.today);

		OutboxPreview ada = preview(this.ada);
		assertThat(ada.entry().recipient()).isEqualTo(address("Ada"));
		assertThat(ada.entry().wave()).isEqualTo(Digest.wave(this.today));
		assertThat(ada.subject()).isEqualTo("Your week in Rapport: "
				+ DAY.format(this.today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))));
		assertThat(ada.text()).contains("Hello " + this.people.named("Ada") + ",")
			.contains("Detractor: " + this.legal.name() + ", since " + DAY.format(this.today))
			.contains("Commitment overdue: " + this.legal.name())
			.contains("\u201cSend the roadmap\u201d on " + this.legal.name() + ", due "
					+ DAY.format(this.today.plusDays(3)))
			.contains("\u201cFix the invoices\u201d on " + this.legal.name() + ": overdue, it was due "
					+ DAY.format(this.today.minusDays(5)))
			.doesNotContain("Review the contract")
			.doesNotContain("Surveys waiting")
			.contains("http://localhost:8080/account#digest");
		assertThat(ada.html()).contains("Send the roadmap")
			.contains("Fix the invoices")
			.doesNotContain("Review the contract")
			.contains("href=\"http://localhost:8080/account#digest\"");

		OutboxPreview ben = preview(this.ben);
		assertThat(ben.text()).contains("Surveys waiting for your answer")
			.contains(this.campaign + ", about " + this.finance.counterpartName() + ", open until "
					+ DAY.format(this.today.plusDays(14)))
			.contains("Look for the email from Rapport of " + DAY.format(this.today))
			.doesNotContain("Open alerts")
			.doesNotContain("Your commitments");
		assertThat(ben.html()).contains(this.campaign).doesNotContain("/s/");
	}

	@Test
	void saysHowManyMoreThereAreAndListsWhatHasNoRelationshipOrNoEmailYet() {
		long account = 900_000_000L + (long) (Math.random() * 1_000_000);
		Digest digest = new Digest(account, address("Zoe"), "Zoe", this.today, this.today.plusDays(14),
				IntStream.rangeClosed(1, 23).mapToObj(DigestTests::alert).toList(),
				List.of(DigestTests.commitment("Call back", null, false),
						DigestTests.commitment("Send the minutes", null, true)),
				List.of(DigestTests.invitation(null, null)));
		this.notifications.queue(List.of(digest.email("https://rapport.example.org")));

		String key = digest.key();
		OutboxEntry entry = entries(this.today).stream()
			.filter((one) -> one.key().equals(key))
			.findFirst()
			.orElseThrow();
		OutboxPreview preview = SignedIn.asSystem(() -> this.notifications.preview(entry.id()));

		assertThat(preview.renderError()).isNull();
		assertThat(preview.text()).contains("Detractor: Legal 20 \u2013 Platform")
			.doesNotContain("Legal 21")
			.contains("\u2026 and 3 more.")
			.contains("- \u201cCall back\u201d, due ")
			.contains("- \u201cSend the minutes\u201d: overdue, it was due ")
			.contains("- Spring pulse, open until ")
			.contains("Look for the invitation email from Rapport");
		assertThat(preview.html()).contains("\u2026 and 3 more.").contains("Spring pulse, open until ");
	}

	/**
	 * The digests queued for a person's account, this week and the next, read as the
	 * outbox page lists them.
	 */
	private int digests(long person) {
		String prefix = "digest-" + accountOf(person) + "-";
		return (int) (entries(this.today).stream().filter((entry) -> entry.key().startsWith(prefix)).count()
				+ entries(this.today.plusWeeks(1)).stream().filter((entry) -> entry.key().startsWith(prefix)).count());
	}

	private List<OutboxEntry> entries(LocalDate week) {
		return SignedIn.asSystem(() -> {
			List<OutboxEntry> all = new ArrayList<>();
			String after = null;
			do {
				KeysetPage<OutboxEntry> page = this.notifications.outbox(null, Digest.wave(week), after, 200);
				all.addAll(page.items());
				after = page.next();
			}
			while (after != null);
			return all;
		});
	}

	private OutboxPreview preview(long person) {
		String key = "digest-" + accountOf(person) + "-" + Digest.week(this.today);
		OutboxEntry entry = entries(this.today).stream()
			.filter((one) -> one.key().equals(key))
			.findFirst()
			.orElseThrow();
		return SignedIn.asSystem(() -> this.notifications.preview(entry.id()));
	}

	private long accountOf(long person) {
		return SignedIn.asSystem(() -> this.accounts.accountOf(person).orElseThrow().id());
	}

	private long account(String name, long unit, boolean withEmail, Role role) {
		long id = this.directory
			.createPerson(new PersonDraft(this.people.named(name), null, withEmail ? address(name) : null, null, unit,
					null, true))
			.id();
		this.accounts
			.createAccount(new AccountDraft(username(name), "password-" + this.people.run(), id, Set.of(role)));
		return id;
	}

	private long person(String name) {
		return switch (name) {
			case "Ada" -> this.ada;
			case "Ben" -> this.ben;
			case "Cara" -> this.cara;
			case "Eve" -> this.eve;
			default -> throw new IllegalArgumentException(name);
		};
	}

	private String address(String name) {
		return name.toLowerCase(Locale.ROOT) + "." + this.people.run() + "@example.com";
	}

	private String username(String name) {
		return "digest-" + name.toLowerCase(Locale.ROOT) + "-" + this.people.run();
	}

	private <T> T as(String name, Supplier<T> action) {
		return SignedIn.as(this.users, username(name), action);
	}

}
