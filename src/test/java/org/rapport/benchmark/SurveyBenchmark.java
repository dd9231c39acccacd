package org.rapport.benchmark;

import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapport.SignedIn;
import org.rapport.WebSession;
import org.rapport.accounts.AccountManagement;
import org.rapport.notifications.OutboxRuns;
import org.rapport.surveys.CampaignDraft;
import org.rapport.surveys.CampaignSummary;
import org.rapport.surveys.Channel;
import org.rapport.surveys.SurveyManagement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures Rapport's surveys at the size of a large organisation, each against its
 * physical baseline in the same run (issue 9):
 * <ol>
 * <li><b>Launch</b>: a relationship pulse to 50,000 partners (invitations, the hashes of
 * their tokens and their emails in the outbox, in one transaction) against
 * {@code COPY ... FROM STDIN} of the same rows;</li>
 * <li><b>Outbox</b>: the drain sending queued invitations to a local SMTP server
 * (GreenMail) against the same messages sent to it by a plain Jakarta Mail
 * {@code Transport} over one connection;</li>
 * <li><b>Respondents</b>: 50 respondents at once posting their answers over HTTP, each
 * through a link of their own, against the statements one answer runs replayed over 50
 * JDBC connections at once;</li>
 * <li><b>Results</b>: the campaign page and the results API over a million answers
 * against the very SQL they ran, replayed directly, as the page benchmark does.</li>
 * </ol>
 * Run with {@code mvn -Pbenchmark test -Dtest=SurveyBenchmark}; the normal build leaves
 * it out by name. It builds a fresh schema {@code surveys} in the database
 * {@code rapport_bench_surveys} each run (its data takes about a minute, the whole run
 * five to seven minutes on two cores) and writes its figures to
 * {@code target/benchmark/surveys.md}. Settings, as {@code -D} system properties:
 * {@code rapport.benchmark.postgres} (the server, default
 * {@code jdbc:postgresql://127.0.0.1:5432/}), and under
 * {@code rapport.benchmark.surveys.}: {@code units} (500, each with relationships to five
 * IT groups and 20 partners per relationship: 50,000 recipients), {@code launches} (3),
 * {@code emails} (1000), {@code respondents} (2000), {@code clients} (50),
 * {@code responses} (100000 over 200 relationships), {@code warmup} (1) and
 * {@code repetitions} (5) of the results pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=true", "logging.level.org.rapport=WARN", "logging.level.com.icegreen=WARN",
				"rapport.mail.per-minute=100000000", "rapport.mail.per-day=100000000",
				"rapport.base-url=https://rapport.example.org" })
@Import(PageBenchmark.CaptureConfiguration.class)
class SurveyBenchmark {

	static final String DATABASE = "rapport_bench_surveys";

	static final String SCHEMA = "surveys";

	static final String BASE_URL = "https://rapport.example.org";

	/** The survey tables whose plans the report shows. */
	static final List<String> SURVEY_TABLES = List.of("surveys_answer", "surveys_response", "surveys_invitation");

	private static final Pattern LINK = Pattern.compile("/s/([A-Za-z0-9_-]{22})");

	private static final Pattern CSRF = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	/** Respondents and API calls: no cookie store, each request carries its own. */
	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private static GreenMail smtp;

	private static int smtpPort;

	private static double loadAtStart;

	@LocalServerPort
	int port;

	@Autowired
	StatementCapture capture;

	@Autowired
	AccountManagement accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	SurveyManagement surveys;

	@Autowired
	ApplicationContext context;

	/**
	 * Creates the benchmark's database when missing, drops what an earlier run left, and
	 * starts the mail server, before the application starts.
	 */
	@BeforeAll
	static void databaseAndMailServer() throws Exception {
		loadAtStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		BenchmarkDatabase.create(DATABASE, "survey benchmark");
		BenchmarkDatabase.dropSchema(DATABASE, SCHEMA);
		try (ServerSocket free = new ServerSocket(0)) {
			smtpPort = free.getLocalPort();
		}
		smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		smtp.start();
		BenchmarkDatabase.use(DATABASE, SCHEMA);
		BenchmarkDatabase.remember("spring.mail.host", "127.0.0.1");
		BenchmarkDatabase.remember("spring.mail.port", String.valueOf(smtpPort));
	}

	@AfterAll
	static void restore() {
		if (smtp != null) {
			smtp.stop();
		}
		BenchmarkDatabase.restore();
	}

	@Test
	void measuresSurveysAgainstTheirPhysicalBaselines() throws Exception {
		try (Connection connection = DriverManager
			.getConnection(BenchmarkDatabase.server() + DATABASE + "?currentSchema=" + SCHEMA, "postgres", "")) {
			SurveyData data = new SurveyData(connection);
			long started = System.nanoTime();
			int units = setting("units", 500);
			List<Long> relationships = data.partners(units, 5, 20);
			long generatedPartners = System.nanoTime() - started;
			StringBuilder report = new StringBuilder();

			// 1. Launch, against COPY of the same rows.
			int launches = setting("launches", 3);
			Samples launchTimes = new Samples();
			Samples copyTimes = new Samples();
			List<Long> launched = new ArrayList<>();
			int invited = 0;
			long copiedRows = 0;
			for (int i = 1; i <= launches; i++) {
				String name = "Partner pulse " + i;
				LocalDate closesOn = LocalDate.now().plusDays(14);
				CampaignSummary campaign = SignedIn.as(this.users, "brm",
						() -> this.surveys.create(new CampaignDraft("relationship-pulse", name, Channel.PULSE,
								relationships, null, closesOn, 5, 5, List.of(7))));
				SurveyData.Copied copied = data.copyLaunch(campaign.id(), name, closesOn, BASE_URL);
				copyTimes.add(copied.nanos());
				copiedRows = copied.rows();
				long start = System.nanoTime();
				SurveyManagement.Launch launch = SignedIn.as(this.users, "brm",
						() -> this.surveys.launch(campaign.id(), campaign.version()));
				launchTimes.add(System.nanoTime() - start);
				invited = launch.invited();
				assertThat(invited).as("invitations of launch %d", i).isEqualTo(copied.recipients());
				launched.add(campaign.id());
			}
			report.append(launchSection(launchTimes, copyTimes, invited, copiedRows, relationships.size()));

			// 2. The outbox's drain, against the same messages over one SMTP connection.
			report.append(outboxSection(data, setting("emails", 1000)));

			// 3. Respondents posting at once, against their statements replayed at once.
			report.append(respondentSection(data, launched.get(launched.size() - 1), setting("respondents", 2000),
					setting("clients", 50)));

			// 4. Results over a million answers, against their own SQL.
			started = System.nanoTime();
			int responses = setting("responses", 100_000);
			long answered = data.answeredCampaign(relationships.subList(0, Math.min(200, relationships.size())),
					responses);
			long generatedAnswers = System.nanoTime() - started;
			report.append(resultsSection(connection, data, answered, setting("warmup", 1), setting("repetitions", 5)));

			String header = header(connection, data.sizes(), generatedPartners, generatedAnswers);
			Path folder = Path.of("target", "benchmark");
			Files.createDirectories(folder);
			Files.writeString(folder.resolve("surveys.md"), header + report);
			System.out.println(header + report);
		}
	}

	private String launchSection(Samples launch, Samples copy, int invited, long copiedRows, int relationships) {
		StringBuilder section = new StringBuilder("\n## Launch\n\n");
		section.append(String.format(Locale.ROOT,
				"A relationship pulse over %,d relationships to %,d partners (one invitation each), launched %d times "
						+ "by `SurveyManagement.launch` signed in as `brm`; before each launch the same rows (%,d: "
						+ "invitations, token hashes, outbox emails with the same arguments) written with `COPY ... "
						+ "FROM STDIN` in a transaction that is rolled back.%n%n",
				relationships, invited, launch.size(), copiedRows));
		section.append("| | Median ms | Fastest ms | Slowest ms |\n|---|---:|---:|---:|\n");
		section.append(row("Launch", launch));
		section.append(row("COPY of the same rows", copy));
		section.append(String.format(Locale.ROOT, "%nRatio launch ÷ COPY: **%.1f** (%,.0f invitations a second).%n",
				launch.ratioTo(copy), invited / (launch.medianMillis() / 1000.0)));
		return section.toString();
	}

	private String outboxSection(SurveyData data, int emails) throws Exception {
		OutboxRuns outbox = new OutboxRuns(this.context);
		// GreenMail opens a mailbox for each new address on its first message: open them
		// all before, so that both senders deliver to mailboxes that exist.
		for (String recipient : data.strings(
				"select recipient from notification_email where state = 'QUEUED' order by next_attempt_at, id limit ?",
				emails + 100)) {
			if (!smtp.getUserManager().hasUser(recipient)) {
				smtp.getUserManager().createUser(recipient, recipient, recipient);
			}
		}
		// The first run loads the templates and the mail session: one batch, not
		// counted.
		smtp.purgeEmailFromAllMailboxes();
		int warm = outbox.drainOnce();
		smtp.purgeEmailFromAllMailboxes();
		Drained drained = drain(outbox, data, emails);
		List<MimeMessage> copies = copies(drained.received());
		long bytes = 0;
		for (MimeMessage copy : copies) {
			java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
			copy.writeTo(raw);
			bytes += raw.size();
		}
		long oneConnection;
		try (Transport transport = copies.get(0).getSession().getTransport("smtp")) {
			transport.connect();
			for (int i = 0; i < Math.min(100, copies.size()); i++) {
				transport.sendMessage(copies.get(i), copies.get(i).getAllRecipients());
			}
			smtp.purgeEmailFromAllMailboxes();
			long start = System.nanoTime();
			for (MimeMessage copy : copies) {
				transport.sendMessage(copy, copy.getAllRecipients());
			}
			oneConnection = System.nanoTime() - start;
		}
		assertThat(smtp.getReceivedMessages()).as("messages the mail server received from the plain client")
			.hasSize(copies.size());
		smtp.purgeEmailFromAllMailboxes();
		// As the outbox sends (JavaMailSenderImpl connects for each send), on a sample.
		int sample = Math.min(copies.size(), 200);
		long perConnection = eachOnItsOwnConnection(copies.subList(0, sample));

		double drainRate = drained.sent() / (drained.nanos() / 1e9);
		double oneConnectionRate = copies.size() / (oneConnection / 1e9);
		double perConnectionRate = sample / (perConnection / 1e9);
		return String.format(Locale.ROOT,
				"""

						## Outbox

						%,d queued invitations (about %,d bytes each) sent by the outbox's drain (`notifications-outbox`, called back
						to back: %d runs of up to `rapport.mail.batch-size` emails, quotas raised) to GreenMail on 127.0.0.1, after
						one run of %d not counted; then the same messages sent to the same server by a plain Jakarta Mail
						`Transport`, over one connection (after 100 not counted), and %d of them with a connection per message, as
						`JavaMailSenderImpl` sends them.

						| | Emails | Seconds | Emails a second |
						|---|---:|---:|---:|
						| Outbox drain | %,d | %.1f | %.0f |
						| Plain client, one connection | %,d | %.1f | %.0f |
						| Plain client, a connection per message | %,d | %.1f | %.0f |

						Ratio plain over one connection ÷ drain: **%.1f**; a connection per message ÷ drain: %.1f.
						""",
				drained.sent(), bytes / Math.max(1, copies.size()), drained.runs(), warm, sample, drained.sent(),
				drained.nanos() / 1e9, drainRate, copies.size(), oneConnection / 1e9, oneConnectionRate, sample,
				perConnection / 1e9, perConnectionRate, oneConnectionRate / drainRate, perConnectionRate / drainRate);
	}

	/** Runs the drain back to back until it has sent as many emails. */
	private static Drained drain(OutboxRuns outbox, SurveyData data, int emails) throws Exception {
		int sent = 0;
		int runs = 0;
		long start = System.nanoTime();
		while (sent < emails) {
			int once = outbox.drainOnce();
			assertThat(once).as("emails sent by a run of the drain").isPositive();
			sent += once;
			runs++;
		}
		long nanos = System.nanoTime() - start;
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).as("messages the mail server received from the outbox").hasSize(sent);
		assertThat(data.count("select count(*) from notification_email where state = 'SENDING'")).isZero();
		smtp.purgeEmailFromAllMailboxes();
		return new Drained(sent, runs, nanos, received);
	}

	/** The same bytes the outbox sent, as messages of a plain Jakarta Mail session. */
	private static List<MimeMessage> copies(MimeMessage[] received) throws Exception {
		Properties properties = new Properties();
		properties.put("mail.smtp.host", "127.0.0.1");
		properties.put("mail.smtp.port", String.valueOf(smtpPort));
		Session session = Session.getInstance(properties);
		List<MimeMessage> copies = new ArrayList<>();
		for (MimeMessage message : received) {
			java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
			message.writeTo(raw);
			copies.add(new MimeMessage(session, new java.io.ByteArrayInputStream(raw.toByteArray())));
		}
		return copies;
	}

	private static long eachOnItsOwnConnection(List<MimeMessage> messages) throws Exception {
		long start = System.nanoTime();
		for (MimeMessage message : messages) {
			Transport.send(message);
		}
		long nanos = System.nanoTime() - start;
		assertThat(smtp.getReceivedMessages()).hasSize(messages.size());
		smtp.purgeEmailFromAllMailboxes();
		return nanos;
	}

	private String respondentSection(SurveyData data, long campaign, int respondents, int clients) throws Exception {
		List<String> tokens = new ArrayList<>();
		for (String arguments : data.strings(
				"select arguments from notification_email where wave = ? and state = 'QUEUED' order by id limit ?",
				SurveyManagement.wave(campaign), respondents + clients)) {
			Matcher link = LINK.matcher(arguments);
			assertThat(link.find()).as("a link in %s", arguments).isTrue();
			tokens.add(link.group(1));
		}
		assertThat(tokens).as("invitations to answer").hasSize(respondents + clients);

		// Each respondent opens their link first, as the form's CSRF token and cookie
		// come with the page.
		ConcurrentLinkedQueue<String> toOpen = new ConcurrentLinkedQueue<>(tokens);
		Map<String, Respondent> opened = new java.util.concurrent.ConcurrentHashMap<>();
		inParallel(clients, () -> {
			for (String token = toOpen.poll(); token != null; token = toOpen.poll()) {
				opened.put(token, open(token));
			}
		});
		List<Respondent> captured = new ArrayList<>();
		List<List<CapturedStatement>> statements = new ArrayList<>();
		List<Respondent> timed = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			(i < clients ? captured : timed).add(opened.get(tokens.get(i)));
		}

		// One answer at a time with the capture on, for the statements an answer runs;
		// then each is undone but for its response's row, so that its statements can
		// run again the same way (and be rolled back) as often as the baseline needs.
		int index = 0;
		for (Respondent respondent : captured) {
			long before = data.count("select coalesce(max(id), 0) from surveys_response");
			this.capture.start();
			HttpResponse<String> answer = respondent.answer(this.port, index++);
			statements.add(this.capture.stop());
			assertThat(answer.statusCode()).as("answering %s", respondent.token()).isEqualTo(302);
			long response = data.count("select max(id) from surveys_response");
			assertThat(response).isGreaterThan(before);
			data.update("delete from surveys_answer where response_id = ?", response);
			data.update("""
					update surveys_invitation set used = false
					where id = (select invitation_id from surveys_invitation_token where token_hash = ?)""",
					SurveyData.sha256(respondent.token()));
		}
		int perAnswer = statements.get(0).size();
		StringBuilder listing = new StringBuilder("# The statements of one answer (`POST /s/{token}`)\n");
		for (CapturedStatement statement : statements.get(0)) {
			listing.append("\n```sql\n").append(statement.sql().strip()).append("\n```\n");
		}
		Files.createDirectories(Path.of("target", "benchmark"));
		Files.writeString(Path.of("target", "benchmark", "surveys-answer.md"), listing);

		// The page: every respondent posts once, 50 at a time.
		ConcurrentLinkedQueue<Respondent> toAnswer = new ConcurrentLinkedQueue<>(timed);
		Samples latencies = new Samples();
		AtomicInteger answeredIndex = new AtomicInteger();
		long start = System.nanoTime();
		inParallel(clients, () -> {
			for (Respondent respondent = toAnswer.poll(); respondent != null; respondent = toAnswer.poll()) {
				long sent = System.nanoTime();
				HttpResponse<String> answer = respondent.answer(this.port, answeredIndex.incrementAndGet());
				long took = System.nanoTime() - sent;
				if (answer.statusCode() != 302
						|| !answer.headers().firstValue("Location").orElse("").endsWith("/s/" + respondent.token())) {
					throw new IllegalStateException("answered " + answer.statusCode() + " for " + respondent.token());
				}
				synchronized (latencies) {
					latencies.add(took);
				}
			}
		});
		long pageNanos = System.nanoTime() - start;
		long recorded = data.count("select count(*) from surveys_response where campaign_id = ?", campaign);
		assertThat(recorded).as("responses recorded").isEqualTo(timed.size() + captured.size());

		// The baseline: each connection runs one captured answer's statements again in a
		// transaction that is rolled back, as many times in all as the page answered.
		int rounds = Math.max(1, timed.size() / clients);
		Samples replays = new Samples();
		List<Connection> connections = new ArrayList<>();
		try {
			for (int i = 0; i < clients; i++) {
				Connection connection = DriverManager
					.getConnection(BenchmarkDatabase.server() + DATABASE + "?currentSchema=" + SCHEMA, "postgres", "");
				connection.setAutoCommit(false);
				connections.add(connection);
			}
			for (int warm = 0; warm < 2; warm++) {
				replay(connections, statements, 1, new Samples());
			}
			start = System.nanoTime();
			replay(connections, statements, rounds, replays);
		}
		finally {
			for (Connection connection : connections) {
				connection.close();
			}
		}
		long directNanos = System.nanoTime() - start;
		double pageRate = timed.size() / (pageNanos / 1e9);
		double directRate = (double) rounds * clients / (directNanos / 1e9);
		return String.format(Locale.ROOT,
				"""

						## Respondents

						%,d respondents of the launched pulse, %d at a time, each posting its answers once (`POST /s/{token}` with
						a score, a reason and a comment, answered by a redirect) after opening its link for the form's CSRF token
						(not counted). Baseline: the %d statements one answer ran (captured from %d answers posted one at a time,
						which are not counted either) run again over %d JDBC connections at once, each in a transaction that is
						rolled back, %,d times in all. The application's pool has 8 connections (the tests' setting).

						| | Answers | Seconds | Answers a second | p50 ms | p95 ms |
						|---|---:|---:|---:|---:|---:|
						| `POST /s/{token}` | %,d | %.1f | %.0f | %.1f | %.1f |
						| Its statements, replayed | %,d | %.1f | %.0f | %.1f | %.1f |

						Ratio replayed ÷ page (answers a second): **%.1f**.
						""",
				timed.size(), clients, perAnswer, captured.size(), clients, rounds * clients, timed.size(),
				pageNanos / 1e9, pageRate, latencies.percentileMillis(50), latencies.percentileMillis(95),
				rounds * clients, directNanos / 1e9, directRate, replays.percentileMillis(50),
				replays.percentileMillis(95), directRate / pageRate);
	}

	private static void replay(List<Connection> connections, List<List<CapturedStatement>> statements, int rounds,
			Samples times) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(connections.size());
		CountDownLatch go = new CountDownLatch(1);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int i = 0; i < connections.size(); i++) {
				Connection connection = connections.get(i);
				List<CapturedStatement> mine = statements.get(i % statements.size());
				running.add(pool.submit(() -> {
					go.await();
					DirectSql direct = new DirectSql(connection);
					for (int round = 0; round < rounds; round++) {
						long start = System.nanoTime();
						direct.run(mine);
						connection.rollback();
						long took = System.nanoTime() - start;
						synchronized (times) {
							times.add(took);
						}
					}
					return null;
				}));
			}
			go.countDown();
			for (Future<?> one : running) {
				one.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private String resultsSection(Connection connection, SurveyData data, long campaign, int warmup, int repetitions)
			throws Exception {
		WebSession session = WebSession.signedIn(this.port, "brm", "demo");
		String token = SignedIn.as(this.users, "brm", () -> this.accounts.createToken("survey benchmark"));
		Map<String, String> api = Map.of("Authorization", "Bearer " + token, "Accept", "application/json");
		List<Page> pages = List.of(new Page("Campaign page, results by relationship", "/surveys/" + campaign, Map.of()),
				new Page("API results by relationship",
						"/api/v1/campaigns/" + campaign + "/results?groupBy=relationship", api),
				new Page("API results by unit", "/api/v1/campaigns/" + campaign + "/results?groupBy=unit", api));
		DirectSql direct = new DirectSql(connection);
		List<PageFigures> figures = new ArrayList<>();
		StringBuilder plans = new StringBuilder("# Query plans of the survey results\n");
		Map<String, Integer> bodies = new LinkedHashMap<>();
		for (Page page : pages) {
			figures.add(measure(session, page, direct, warmup, repetitions, plans, bodies));
		}
		Files.createDirectories(Path.of("target", "benchmark"));
		Files.writeString(Path.of("target", "benchmark", "surveys-plans.md"), plans);
		StringBuilder section = new StringBuilder(String.format(Locale.ROOT,
				"""

						## Results

						A closed anonymous service quality pulse over 200 relationships (40 business units) with %,d responses of
						ten answers each (%,d rows in `surveys_answer`), read by `brm` over HTTP: the campaign page (session) and
						the results API (API token). Warm-up requests: %d; then %d timed ones per page, each followed by the
						statements it ran, run again directly over JDBC reading every row.

						""",
				data.count("select count(*) from surveys_response where campaign_id = ?", campaign),
				data.count("select count(*) from surveys_answer a join surveys_response r on r.id = a.response_id "
						+ "where r.campaign_id = ?", campaign),
				warmup, repetitions));
		section.append(BenchmarkReport.table(figures));
		section.append("\nSeq scans: survey tables (")
			.append(String.join(", ", SURVEY_TABLES))
			.append(") read with a sequential scan (plans in `surveys-plans.md`). Body sizes: ");
		bodies.forEach((name, size) -> section.append(name).append(" ").append(size / 1024).append(" KiB; "));
		section.append("\n");
		return section.toString();
	}

	private PageFigures measure(WebSession session, Page page, DirectSql direct, int warmup, int repetitions,
			StringBuilder plans, Map<String, Integer> bodies) throws Exception {
		// The first reading of a pulse's results remembers what it showed (the
		// differencing guard); readings after it only compare. Measured are those.
		request(session, page, bodies);
		List<CapturedStatement> statements = List.of();
		for (int i = 0; i < warmup; i++) {
			statements = request(session, page, bodies).statements();
			direct.run(statements);
		}
		Samples pageTimes = new Samples();
		Samples directTimes = new Samples();
		int fewest = Integer.MAX_VALUE;
		int most = 0;
		for (int i = 0; i < repetitions; i++) {
			Exchange exchange = request(session, page, bodies);
			pageTimes.add(exchange.nanos());
			statements = exchange.statements();
			fewest = Math.min(fewest, statements.size());
			most = Math.max(most, statements.size());
			long start = System.nanoTime();
			direct.run(statements);
			directTimes.add(System.nanoTime() - start);
		}
		Set<String> seqScans = new LinkedHashSet<>();
		plans.append("\n## ").append(page.name()).append("\n\n`GET ").append(page.path()).append("`: ");
		plans.append(statements.size()).append(" statements\n");
		Set<String> explained = new LinkedHashSet<>();
		for (CapturedStatement statement : statements) {
			plans.append("\n```sql\n").append(statement.sql().strip()).append("\n```\n");
			if (statement.isQuery() && statement.touchesAny(SURVEY_TABLES) && explained.add(statement.sql())) {
				List<String> plan = direct.explain(statement);
				QueryPlans.sequentiallyScanned(plan).stream().filter(SURVEY_TABLES::contains).forEach(seqScans::add);
				plans.append("\n```\n").append(String.join("\n", plan)).append("\n```\n");
			}
		}
		return new PageFigures(page.name(), page.path(), pageTimes, directTimes, fewest, most, seqScans);
	}

	private Exchange request(WebSession session, Page page, Map<String, Integer> bodies) throws Exception {
		this.capture.start();
		long start = System.nanoTime();
		HttpResponse<String> response;
		if (page.headers().containsKey("Authorization")) {
			HttpRequest.Builder request = HttpRequest
				.newBuilder(URI.create("http://localhost:" + this.port + page.path()))
				.GET();
			page.headers().forEach(request::header);
			response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		else {
			response = session.send("GET", page.path(), null, false, page.headers());
		}
		long nanos = System.nanoTime() - start;
		List<CapturedStatement> statements = this.capture.stop();
		assertThat(response.statusCode()).as(page.path()).isEqualTo(200);
		assertThat(response.body()).as(page.path()).doesNotContain("\"suppressed\":true");
		bodies.put(page.name(), response.body().length());
		return new Exchange(nanos, statements);
	}

	private Respondent open(String token) throws Exception {
		HttpResponse<String> page = HTTP
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/s/" + token))
				.header("Accept", WebSession.ACCEPT)
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).as("opening /s/%s", token).isEqualTo(200);
		Matcher csrf = CSRF.matcher(page.body());
		assertThat(csrf.find()).as("the form's CSRF token").isTrue();
		List<String> cookies = page.headers()
			.allValues("Set-Cookie")
			.stream()
			.map((cookie) -> cookie.split(";", 2)[0])
			.toList();
		assertThat(cookies).as("the session cookie").isNotEmpty();
		return new Respondent(token, String.join("; ", cookies), csrf.group(1));
	}

	private static void inParallel(int clients, Work work) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int i = 0; i < clients; i++) {
				running.add(pool.submit(() -> {
					work.run();
					return null;
				}));
			}
			for (Future<?> one : running) {
				one.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static String header(Connection connection, Map<String, Long> sizes, long partnersNanos, long answersNanos)
			throws SQLException {
		StringBuilder header = new StringBuilder("# Rapport survey benchmark\n\n");
		String version;
		try (Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery("show server_version")) {
			row.next();
			version = "PostgreSQL " + row.getString(1);
		}
		header.append(String.format(Locale.ROOT,
				"Run %s on %d cores, Java %s, %s; system load average %.2f at the start, %.2f at the end.%n",
				OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"), version, loadAtStart,
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
		header.append(String.format(Locale.ROOT,
				"Partners and their relationships generated in %.1f s, the answered campaign in %.1f s.%n%n",
				partnersNanos / 1e9, answersNanos / 1e9));
		header.append("| Table | Rows at the end |\n|---|---:|\n");
		sizes.forEach((table, rows) -> header.append(String.format(Locale.ROOT, "| %s | %,d |%n", table, rows)));
		return header.toString();
	}

	private static String row(String name, Samples samples) {
		return String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f |%n", name, samples.medianMillis(),
				samples.percentileMillis(0.001), samples.percentileMillis(100));
	}

	private static int setting(String name, int fallback) {
		return Integer.parseInt(System.getProperty("rapport.benchmark.surveys." + name, String.valueOf(fallback)));
	}

	private record Page(String name, String path, Map<String, String> headers) {
	}

	/**
	 * What a series of drain runs sent.
	 *
	 * @param sent the emails the mail server accepted
	 * @param runs the runs
	 * @param nanos how long they took
	 * @param received the messages as the mail server received them
	 */
	private record Drained(int sent, int runs, long nanos, MimeMessage[] received) {
	}

	private record Exchange(long nanos, List<CapturedStatement> statements) {
	}

	/**
	 * A respondent who opened their link: the token, the cookie of the session the page
	 * started and the form's CSRF token.
	 */
	private record Respondent(String token, String cookie, String csrf) {

		/** Posts answers as the form does: a score, a reason for its band, a comment. */
		HttpResponse<String> answer(int port, int n) throws Exception {
			int score = (n * 7) % 11;
			String reason = (score >= 9) ? "explains" : (score >= 7) ? "inconsistent" : "slow";
			String form = "answers%5Brecommend%5D.score=" + score + "&answers%5Breasons%5D.choices=" + reason
					+ "&answers%5Bchange%5D.comment=" + WebSession.encode("More regular reviews, please (" + n + ")")
					+ "&_csrf=" + WebSession.encode(this.csrf);
			return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/s/" + this.token))
				.header("Accept", WebSession.ACCEPT)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Cookie", this.cookie)
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

	}

	private interface Work {

		void run() throws Exception;

	}

}
