package org.rapport.benchmark;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapport.SignedIn;
import org.rapport.WebSession;
import org.rapport.accounts.AccountManagement;
import org.rapport.health.HealthManagement;
import org.rapport.shared.Cursor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures Rapport's portfolio, relationship and timeline pages over HTTP on PostgreSQL
 * with about a million interactions, against the physical baseline in the same run: the
 * very statements each page ran, captured from the application's data source with their
 * parameters and run again directly over JDBC. Reports median and p95 response times, the
 * ratio of page to SQL, the queries per page, and the sequential scans in the plans of
 * the queries that touch the large tables; fails if a page reads the interactions with a
 * sequential scan.
 * <p>
 * Run with {@code mvn -Pbenchmark test}; the normal build leaves it out by name. It keeps
 * its data in the database {@code rapport_bench} (schema {@code bench}) between runs.
 * Settings, as {@code -D} system properties: {@code rapport.benchmark.postgres} (the
 * server, default {@code jdbc:postgresql://127.0.0.1:5432/}), {@code .interactions}
 * (1000000), {@code .relationships} (2000 added), {@code .warmup} (20),
 * {@code .repetitions} (50), {@code .fresh} ({@code true} drops the kept data first),
 * {@code .clients} (8) and {@code .seconds} (10) for the concurrent throughput of each
 * page beside the API call that reads the same data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=true", "logging.level.org.rapport=WARN" })
class PageBenchmark {

	static final String DATABASE = "rapport_bench";

	static final String SCHEMA = "bench";

	/** The API's client: no cookies, as scripts and integrations call it. */
	private static final HttpClient API = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	StatementCapture capture;

	@Autowired
	AccountManagement accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	HealthManagement health;

	private WebSession session;

	/**
	 * Creates the benchmark's database when missing and points the application at its
	 * kept schema, before the application starts.
	 */
	@BeforeAll
	static void database() throws SQLException {
		BenchmarkDatabase.create(DATABASE, "page benchmark");
		if (Boolean.parseBoolean(setting("fresh", "false"))) {
			BenchmarkDatabase.dropSchema(DATABASE, SCHEMA);
		}
		BenchmarkDatabase.use(DATABASE, SCHEMA);
	}

	@AfterAll
	static void restore() {
		BenchmarkDatabase.restore();
	}

	@Test
	void measuresPagesAgainstTheirOwnSql() throws Exception {
		int warmup = Integer.parseInt(setting("warmup", "20"));
		int repetitions = Integer.parseInt(setting("repetitions", "50"));
		try (Connection connection = DriverManager.getConnection(
				setting("postgres", "jdbc:postgresql://127.0.0.1:5432/") + DATABASE + "?currentSchema=" + SCHEMA,
				"postgres", "")) {
			BenchmarkData data = new BenchmarkData(connection);
			long started = System.nanoTime();
			boolean loaded = data.ensure(Long.parseLong(setting("interactions", "1000000")),
					Integer.parseInt(setting("relationships", "2000")));
			long loadSeconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
			// The generated rows bypass the events that score health: score them all now,
			// and
			// rebuild half a year of weekly history once.
			long healthStarted = System.nanoTime();
			SignedIn.asSystem(this.health::recomputeAll);
			long healthRecomputeMillis = Duration.ofNanos(System.nanoTime() - healthStarted).toMillis();
			if (data.count("select count(distinct week_on) from health_history") < 20) {
				SignedIn.asSystem(() -> {
					this.health.backfill(26);
					return null;
				});
			}
			System.out.println("Recomputed the health of every relationship in " + healthRecomputeMillis + " ms");
			Map<String, Long> sizes = data.sizes();
			long busiest = data.busiestRelationship();
			long timelineLength = data.count("select count(*) from interactions_interaction where relationship_id = ?",
					busiest);

			this.session = WebSession.signedIn(this.port, "brm", "demo");
			String token = SignedIn.as(this.users, "brm", () -> this.accounts.createToken("page benchmark"));
			Map<String, String> htmx = Map.of("HX-Request", "true");
			Map<String, String> api = Map.of("Authorization", "Bearer " + token, "Accept", "application/json");
			String deepTimeline = timelineCursor(connection, busiest, timelineLength / 2);
			// The portfolio lists the weakest health first: the cursor of the middle row
			// in
			// that order.
			long middle = data.count("select count(*) / 2 from relationships_relationship");
			String deepPortfolio = new Cursor(String.valueOf(data.count("""
					select coalesce(h.score, -1) from relationships_relationship r
					left join health_score h on h.relationship_id = r.id
					order by coalesce(h.score, -1), r.id offset ? limit 1""", middle)), data.count("""
					select r.id from relationships_relationship r left join health_score h on h.relationship_id = r.id
					order by coalesce(h.score, -1), r.id offset ? limit 1""", middle)).encode();
			List<Page> pages = List.of(new Page("Portfolio", "/relationships", Map.of()),
					new Page("Portfolio, vendors of the strategic tier", "/relationships?kind=VENDOR&tier=STRATEGIC",
							Map.of()),
					new Page("Portfolio, middle page", "/relationships?after=" + deepPortfolio, Map.of()),
					new Page("Portfolio, at risk", "/relationships?band=AT_RISK", Map.of()),
					new Page("Portfolio health at a glance", "/health", Map.of()),
					new Page("Alerts", "/alerts", Map.of()),
					new Page("Relationship page", "/relationships/" + busiest, Map.of()),
					new Page("Health fragment", "/relationships/" + busiest + "/health", htmx),
					new Page("Commitments fragment", "/relationships/" + busiest + "/commitments", htmx),
					new Page("Timeline fragment, first page", "/relationships/" + busiest + "/interactions", htmx),
					new Page("Timeline fragment, middle page",
							"/relationships/" + busiest + "/interactions?after=" + deepTimeline, htmx),
					new Page("API portfolio", "/api/v1/relationships", api),
					new Page("API health", "/api/v1/relationships/" + busiest + "/health", api),
					new Page("API alerts", "/api/v1/alerts", api),
					new Page("API timeline, first page", "/api/v1/relationships/" + busiest + "/interactions", api),
					new Page("API timeline, middle page",
							"/api/v1/relationships/" + busiest + "/interactions?after=" + deepTimeline, api));

			DirectSql direct = new DirectSql(connection);
			List<PageFigures> figures = new ArrayList<>();
			StringBuilder plans = new StringBuilder("# Query plans of the benchmarked pages\n");
			for (Page page : pages) {
				figures.add(measure(page, direct, warmup, repetitions, plans));
			}

			int clients = Integer.parseInt(setting("clients", "8"));
			Duration duration = Duration.ofSeconds(Long.parseLong(setting("seconds", "10")));
			List<Pair> pairs = List.of(new Pair("Portfolio", "/relationships", "/api/v1/relationships?size=50"),
					new Pair("Relationship page", "/relationships/" + busiest, "/api/v1/relationships/" + busiest),
					new Pair("Health page", "/relationships/" + busiest + "/health",
							"/api/v1/relationships/" + busiest + "/health"),
					new Pair("Commitments page", "/relationships/" + busiest + "/commitments",
							"/api/v1/relationships/" + busiest + "/commitments"),
					new Pair("Timeline page", "/relationships/" + busiest + "/interactions",
							"/api/v1/relationships/" + busiest + "/interactions?size=20"),
					new Pair("Alerts", "/alerts", "/api/v1/alerts"));
			StringBuilder throughput = new StringBuilder();
			for (Pair pair : pairs) {
				double page = Throughput.perSecond(clients, duration,
						() -> this.session.send("GET", pair.page(), null, false, Map.of()).statusCode());
				double call = Throughput.perSecond(clients, duration, () -> apiCall(pair.api(), api).statusCode());
				throughput.append(String.format(Locale.ROOT, "| %s | `%s` | %.0f | `%s` | %.0f | %.1f× |%n",
						pair.name(), pair.page(), page, pair.api(), call, call / page));
			}

			String report = report(figures, sizes, loaded, loadSeconds, busiest, timelineLength, warmup, repetitions,
					version(connection))
					+ String.format(Locale.ROOT,
							"%n## Concurrent throughput%n%n%d clients at once, %d s for each page and then for the API "
									+ "call that reads the same data, one after the other on the same instance, as "
									+ "`brm` (pages) or with the same person's API token (API). The aim is every page "
									+ "within 4× of its API call.%n%n| Page | Path | Page req/s | API call | API req/s "
									+ "| API ÷ page |%n|---|---|---:|---|---:|---:|%n",
							clients, duration.toSeconds())
					+ throughput;
			Path folder = Path.of("target", "benchmark");
			Files.createDirectories(folder);
			Files.writeString(folder.resolve("report.md"), report);
			Files.writeString(folder.resolve("plans.md"), plans);
			System.out.println(report);

			assertThat(sizes.get("interactions_interaction"))
				.as("interactions kept from an earlier, smaller run; start afresh with -Drapport.benchmark.fresh=true")
				.isGreaterThanOrEqualTo(Long.parseLong(setting("interactions", "1000000")) * 9 / 10);
			assertThat(figures)
				.as("pages whose plans read interactions_interaction with a sequential scan "
						+ "(see target/benchmark/plans.md)")
				.filteredOn((page) -> page.seqScans().contains("interactions_interaction"))
				.isEmpty();
		}
	}

	private PageFigures measure(Page page, DirectSql direct, int warmup, int repetitions, StringBuilder plans)
			throws Exception {
		List<CapturedStatement> statements = List.of();
		for (int i = 0; i < warmup; i++) {
			statements = request(page).statements();
			direct.run(statements);
		}
		Samples pageTimes = new Samples();
		Samples directTimes = new Samples();
		int fewest = Integer.MAX_VALUE;
		int most = 0;
		// Page and SQL take turns, so that both see the same state of the machine.
		for (int i = 0; i < repetitions; i++) {
			Exchange exchange = request(page);
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
			if (statement.isQuery() && statement.touchesAny(QueryPlans.LARGE_TABLES)
					&& explained.add(statement.sql())) {
				List<String> plan = direct.explain(statement);
				QueryPlans.sequentiallyScanned(plan)
					.stream()
					.filter(QueryPlans.LARGE_TABLES::contains)
					.forEach(seqScans::add);
				plans.append("\n```\n").append(String.join("\n", plan)).append("\n```\n");
			}
		}
		return new PageFigures(page.name(), page.path(), pageTimes, directTimes, fewest, most, seqScans);
	}

	private Exchange request(Page page) throws Exception {
		this.capture.start();
		long start = System.nanoTime();
		// API calls go without the session's cookie, as an API client sends them.
		HttpResponse<String> response = page.headers().containsKey("Authorization")
				? apiCall(page.path(), page.headers())
				: this.session.send("GET", page.path(), null, false, page.headers());
		long nanos = System.nanoTime() - start;
		List<CapturedStatement> statements = this.capture.stop();
		assertThat(response.statusCode()).as(page.path()).isEqualTo(200);
		assertThat(response.body()).as(page.path()).isNotBlank();
		return new Exchange(nanos, statements);
	}

	private HttpResponse<String> apiCall(String path, Map<String, String> headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET();
		headers.forEach(request::header);
		return API.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String timelineCursor(Connection connection, long relationship, long offset) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("""
				select occurred_on, id from interactions_interaction where relationship_id = ?
				order by occurred_on desc, id desc offset ? limit 1""")) {
			statement.setLong(1, relationship);
			statement.setLong(2, offset);
			try (ResultSet row = statement.executeQuery()) {
				assertThat(row.next()).as("the busiest relationship has a timeline").isTrue();
				return new Cursor(row.getObject(1, LocalDate.class).toString(), row.getLong(2)).encode();
			}
		}
	}

	private static String report(List<PageFigures> figures, Map<String, Long> sizes, boolean loaded, long loadSeconds,
			long busiest, long timelineLength, int warmup, int repetitions, String postgres) {
		StringBuilder report = new StringBuilder("# Rapport page benchmark\n\n");
		report.append("Run ")
			.append(OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS))
			.append(" on ")
			.append(Runtime.getRuntime().availableProcessors())
			.append(" cores, Java ")
			.append(System.getProperty("java.version"))
			.append(", ")
			.append(postgres)
			.append(String.format(Locale.ROOT, ", system load average %.1f at the end",
					ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()))
			.append(".\n");
		report.append(loaded ? "Data generated in this run (" + loadSeconds + " s).\n"
				: "Data reused from an earlier run.\n");
		report.append("Warm-up ")
			.append(warmup)
			.append(", then ")
			.append(repetitions)
			.append(" repetitions of each page, signed in as `brm` (pages) or with its API token (API), ")
			.append("each followed by the same statements run directly over JDBC.\n");
		report.append("The timeline is that of relationship ")
			.append(busiest)
			.append(", with ")
			.append(timelineLength)
			.append(" interactions; its middle page starts half way down.\n\n");
		report.append("| Table | Rows |\n|---|---:|\n");
		sizes.forEach((table, rows) -> report.append("| ").append(table).append(" | ").append(rows).append(" |\n"));
		report.append("\n").append(BenchmarkReport.table(figures));
		report.append("\nRatio: page median over the median of its own SQL run directly. ")
			.append("Seq scans: large tables (")
			.append(String.join(", ", QueryPlans.LARGE_TABLES))
			.append(") read with a sequential scan in the plans of the page's queries ")
			.append("(EXPLAIN (ANALYZE, BUFFERS), in plans.md).\n");
		return report.toString();
	}

	private static String version(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery("show server_version")) {
			row.next();
			return "PostgreSQL " + row.getString(1);
		}
	}

	private static String setting(String name, String fallback) {
		return System.getProperty("rapport.benchmark." + name, fallback);
	}

	private record Page(String name, String path, Map<String, String> headers) {
	}

	private record Exchange(long nanos, List<CapturedStatement> statements) {
	}

	/** A page and the API call that reads the same data. */
	private record Pair(String name, String page, String api) {
	}

	/**
	 * Puts the capture between the application and its data source.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class CaptureConfiguration {

		@Bean
		static StatementCapture statementCapture() {
			return new StatementCapture();
		}

		@Bean
		static BeanPostProcessor capturingDataSource(ObjectProvider<StatementCapture> capture) {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return (bean instanceof DataSource dataSource) ? capture.getObject().wrap(dataSource) : bean;
				}
			};
		}

	}

}
