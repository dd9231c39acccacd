package org.rapport.benchmark;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.rapport.JsonApi;
import org.rapport.SignedIn;
import org.rapport.WebSession;
import org.rapport.accounts.AccountManagement;
import org.rapport.insight.InsightManagement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Measures the service metrics at the size of ServiceNow's published incident export
 * against their physical baselines in the same run (issue 10):
 * <ol>
 * <li><b>Import</b>: the whole export (141,712 rows, 24,918 incidents, zipped) posted to
 * {@code /api/v1/service-metrics/imports} with an administrator's API token, fresh each
 * time, against {@code COPY ... FROM STDIN (FORMAT csv, HEADER)} of the same rows,
 * streamed out of the same zip into a table of text columns; and the same file imported
 * again, which by design finds every incident unchanged;</li>
 * <li><b>Heap</b>: the most the JVM's heap held while each import ran;</li>
 * <li><b>Pages</b>: the perception gap, the service metrics pages and the incident
 * summaries of the API, with the export's incidents beside the demo's, against the very
 * SQL they ran, replayed directly, as the page benchmark does.</li>
 * </ol>
 * Run with {@code mvn -Pbenchmark test -Dtest=ServiceMetricsBenchmark}; the normal build
 * leaves it out by name. It builds a fresh schema {@code servicemetrics} in the database
 * {@code rapport_bench_servicemetrics} each run and writes its figures to
 * {@code target/benchmark/servicemetrics.md}, the pages' statements and plans to
 * {@code servicemetrics-plans.md}. Settings, as {@code -D} system properties:
 * {@code rapport.benchmark.postgres} (the server, default
 * {@code jdbc:postgresql://127.0.0.1:5432/}), and under
 * {@code rapport.benchmark.servicemetrics.}: {@code import-warmup} (3 imports not
 * counted), {@code imports} (5 timed, each beside a {@code COPY}), {@code warmup-seconds}
 * (60: every page in turn, before any is timed), {@code warmup} (10 more of each page)
 * and {@code repetitions} (50) of each page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=true", "logging.level.org.rapport=WARN" })
@Import(PageBenchmark.CaptureConfiguration.class)
class ServiceMetricsBenchmark {

	static final String DATABASE = "rapport_bench_servicemetrics";

	static final String SCHEMA = "servicemetrics";

	/** The tables whose plans the report shows. */
	static final List<String> TABLES = List.of("servicemetrics_incident", "servicemetrics_rule",
			"servicemetrics_period_metric", "insight_perception");

	/** What the export holds, as ServiceNow published it. */
	static final long FILE_ROWS = 141_712;

	static final int FILE_INCIDENTS = 24_918;

	/** Where the export's incidents fall: opened from February 2016 to February 2017. */
	static final String FILE_PERIOD = "from=2016-01-01&to=2017-12-31";

	/** The table {@code COPY} fills: the export's columns as text, nothing else. */
	static final String COPY_TABLE = "benchmark_incident_event_copy";

	private static final String BOUNDARY = "servicemetrics-benchmark-boundary";

	private static double loadAtStart;

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	StatementCapture capture;

	@Autowired
	AccountManagement accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	InsightManagement insight;

	/**
	 * Creates the benchmark's database when missing and drops what an earlier run left,
	 * before the application starts.
	 */
	@BeforeAll
	static void database() throws Exception {
		loadAtStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		assumeTrue(Files.isReadable(export()), "The service metrics benchmark needs " + export());
		BenchmarkDatabase.create(DATABASE, "service metrics benchmark");
		BenchmarkDatabase.dropSchema(DATABASE, SCHEMA);
		BenchmarkDatabase.use(DATABASE, SCHEMA);
	}

	@AfterAll
	static void restore() {
		BenchmarkDatabase.restore();
	}

	@Test
	void measuresTheImportAndThePagesAgainstTheirBaselines() throws Exception {
		try (Connection connection = DriverManager
			.getConnection(BenchmarkDatabase.server() + DATABASE + "?currentSchema=" + SCHEMA, "postgres", "")) {
			BenchmarkData data = new BenchmarkData(connection);
			long demoIncidents = data.count("select count(*) from servicemetrics_incident");
			StringBuilder report = new StringBuilder();
			report.append(importSection(connection, data, setting("import-warmup", 3), setting("imports", 5)));
			// The pages read what an organisation has once its export is in and the
			// statistics have caught up with it, as autovacuum would have them soon
			// after.
			try (Statement statement = connection.createStatement()) {
				statement.execute("vacuum analyze servicemetrics_incident");
			}
			report.append(pageSection(connection, data, setting("warmup-seconds", 60), setting("warmup", 10),
					setting("repetitions", 50)));
			String header = header(connection, data, demoIncidents);
			Path folder = Path.of("target", "benchmark");
			Files.createDirectories(folder);
			Files.writeString(folder.resolve("servicemetrics.md"), header + report);
			System.out.println(header + report);
		}
	}

	private String importSection(Connection connection, BenchmarkData data, int warmup, int imports) throws Exception {
		Path export = export();
		long zipped = Files.size(export);
		long unzipped;
		try (ZipFile zip = new ZipFile(export.toFile())) {
			unzipped = zip.stream().filter((entry) -> !entry.isDirectory()).mapToLong(ZipEntry::getSize).sum();
		}
		String token = SignedIn.as(this.users, "admin", () -> this.accounts.createToken("service metrics benchmark"));
		byte[] upload = multipart(export);
		List<String> columns = csvColumns(export);

		// The first imports load the reader's classes and leave the JIT to compile the
		// parsing: not counted, and their incidents are deleted as the timed ones are.
		for (int i = 0; i < warmup; i++) {
			Imported run = importExport(token, upload);
			assertThat(run.created()).as("incidents created by warm-up import %d", i + 1).isEqualTo(FILE_INCIDENTS);
			deleteImported(connection, run.id());
			copy(connection, export, columns);
		}

		Samples appTimes = new Samples();
		Samples copyTimes = new Samples();
		List<String> inOrder = new ArrayList<>();
		List<Heap> heaps = new ArrayList<>();
		Imported last = null;
		for (int i = 1; i <= imports; i++) {
			// COPY and the application take turns, so that both see the same state of the
			// machine.
			Copied copied = copy(connection, export, columns);
			assertThat(copied.rows()).as("rows COPY loaded").isEqualTo(FILE_ROWS);
			copyTimes.add(copied.nanos());
			Imported run;
			try (HeapWatch watch = HeapWatch.start()) {
				run = importExport(token, upload);
				heaps.add(watch.stop());
			}
			assertThat(run.rowsRead()).as("rows import %d read", i).isEqualTo(FILE_ROWS);
			assertThat(run.created()).as("incidents import %d created", i).isEqualTo(FILE_INCIDENTS);
			assertThat(run.updated() + run.unchanged()).as("incidents import %d found", i).isZero();
			appTimes.add(run.nanos());
			inOrder.add(String.format(Locale.ROOT, "%.0f/%.0f", run.nanos() / 1e6, copied.nanos() / 1e6));
			if (i < imports) {
				deleteImported(connection, run.id());
			}
			last = run;
		}

		// The same file again: every incident is found as it was, and nothing is
		// written.
		Imported again;
		Heap againHeap;
		try (HeapWatch watch = HeapWatch.start()) {
			again = importExport(token, upload);
			againHeap = watch.stop();
		}
		assertThat(again.rowsRead()).as("rows the re-import read").isEqualTo(FILE_ROWS);
		assertThat(again.unchanged()).as("incidents the re-import found unchanged").isEqualTo(FILE_INCIDENTS);
		assertThat(again.created() + again.updated()).as("incidents the re-import wrote").isZero();
		assertThat(data.count("select count(*) from servicemetrics_incident where import_id = ?", last.id()))
			.as("the export's incidents, kept for the pages")
			.isEqualTo(FILE_INCIDENTS);

		double appRate = FILE_ROWS / (appTimes.medianMillis() / 1000.0);
		long maxHeap = Runtime.getRuntime().maxMemory();
		StringBuilder section = new StringBuilder(String.format(Locale.ROOT,
				"""

						## Import

						ServiceNow's incident export `%s` (%,d bytes zipped, %,d unzipped; %,d rows, %,d incidents) posted %d
						times to `POST /api/v1/service-metrics/imports` (multipart `file`, `format=servicenow-incidents`) with
						`admin`'s API token, timed from sending to the answer, after %d not counted; the incidents of
						each import are deleted before the next (`delete ... where import_id = ?`, then `VACUUM ANALYZE`), so
						that every timed import creates all of them beside the demo's. Before each, the same rows streamed out
						of the same zip into `COPY %s FROM STDIN (FORMAT csv, HEADER)` (pgjdbc's `CopyManager`) in a plain
						table of the file's %d columns as text, without indexes, created empty before the clock starts.

						| | Median ms | Fastest ms | Slowest ms | Rows a second (median) |
						|---|---:|---:|---:|---:|
						%s%s%s
						Ratio import ÷ `COPY`: **%.1f** (the import: %,.0f rows and %,.0f incidents a second). Each repetition in
						order, import/`COPY` ms: %s. The re-import read %,d rows and found %,d incidents unchanged (%d created,
						%d updated).
						""",
				export.getFileName(), zipped, unzipped, FILE_ROWS, FILE_INCIDENTS, imports, warmup, COPY_TABLE,
				columns.size(), timing("Import through the application", appTimes, FILE_ROWS),
				timing("`COPY` of the same rows", copyTimes, FILE_ROWS),
				timing("Re-import of the same file (no-op)", single(again.nanos()), FILE_ROWS),
				appTimes.ratioTo(copyTimes), appRate, FILE_INCIDENTS / (appTimes.medianMillis() / 1000.0),
				String.join(", ", inOrder), again.rowsRead(), again.unchanged(), again.created(), again.updated()));
		section.append(String.format(Locale.ROOT,
				"""

						### Heap during the import

						The application and the benchmark share one JVM (Java %s, %s, %s: the maximum heap is %,d MiB,
						`Runtime.maxMemory()`). Before each import `System.gc()` settles the heap; then three readings while the
						request runs: the heap's used bytes sampled every 10 ms (`MemoryMXBean`), the sum of the heap pools' peak
						usage (`MemoryPoolMXBean.resetPeakUsage()` before, `getPeakUsage()` after; the pools may peak at
						different moments, so this bounds the peak from above), and the most the heap still held after a
						collection during the import (the garbage collectors' notifications): the closest of the three to what
						the import keeps alive.

						| | Heap before, MiB | Sampled peak, MiB | Sum of pool peaks, MiB | Most after a collection, MiB | Collections |
						|---|---:|---:|---:|---:|---:|
						""",
				System.getProperty("java.version"),
				ManagementFactory.getGarbageCollectorMXBeans()
					.stream()
					.map(GarbageCollectorMXBean::getName)
					.collect(Collectors.joining(", ")),
				ManagementFactory.getRuntimeMXBean()
					.getInputArguments()
					.stream()
					.filter((argument) -> argument.startsWith("-Xmx"))
					.map((argument) -> "`" + argument + "`")
					.findFirst()
					.orElse("`-Xmx` unset"),
				mib(maxHeap)));
		for (int i = 0; i < heaps.size(); i++) {
			section.append(heaps.get(i).row("Import " + (i + 1)));
		}
		section.append(againHeap.row("Re-import"));
		return section.toString();
	}

	private String pageSection(Connection connection, BenchmarkData data, int warmupSeconds, int warmup,
			int repetitions) throws Exception {
		WebSession cio = WebSession.signedIn(this.port, "cio", "demo");
		WebSession brm = WebSession.signedIn(this.port, "brm", "demo");
		WebSession admin = WebSession.signedIn(this.port, "admin", "demo");
		String token = SignedIn.as(this.users, "brm", () -> this.accounts.createToken("service metrics benchmark"));
		Map<String, String> api = Map.of("Authorization", "Bearer " + token, "Accept", "application/json");
		Map<String, String> htmx = Map.of("HX-Request", "true");
		String quarter = this.insight.currentPeriod().toString();
		List<Page> pages = List.of(new Page("Perception gap page (`cio`)", "/insight", cio, Map.of()),
				new Page("Perception gap summary on the CIO's home (`cio`)", "/insight/summary", cio, htmx),
				new Page("Service metrics page, by business unit (`brm`)", "/service-metrics", brm, Map.of()),
				new Page("Service metrics page, by business unit (`admin`)", "/service-metrics", admin, Map.of()),
				new Page("Service metrics page, by location, the export's period (`brm`)",
						"/service-metrics?by=location&" + FILE_PERIOD, brm, Map.of()),
				new Page("Attribution page (`admin`)", "/service-metrics/attribution", admin, Map.of()),
				new Page("API summary by location",
						"/api/v1/service-metrics/incidents/summary?by=location&" + FILE_PERIOD, null, api),
				new Page("API summary by assignment group",
						"/api/v1/service-metrics/incidents/summary?by=assignment_group&" + FILE_PERIOD, null, api),
				new Page("API summary by priority",
						"/api/v1/service-metrics/incidents/summary?by=priority&" + FILE_PERIOD, null, api),
				new Page("API summary by business unit",
						"/api/v1/service-metrics/incidents/summary?by=business_unit&" + FILE_PERIOD, null, api),
				new Page("API perception gap, " + quarter, "/api/v1/insight/perception-gap?period=" + quarter, null,
						api));
		DirectSql direct = new DirectSql(connection);
		List<PageFigures> figures = new ArrayList<>();
		StringBuilder plans = new StringBuilder("# Query plans of the service metrics pages\n");
		Map<String, Integer> bodies = new LinkedHashMap<>();
		// The JIT compiles for minutes after the application starts: every page and its
		// SQL in turn for a while first, so that the short requests are measured
		// compiled.
		long warmedUntil = System.nanoTime() + warmupSeconds * 1_000_000_000L;
		int rounds = 0;
		while (System.nanoTime() < warmedUntil) {
			for (Page page : pages) {
				direct.run(request(page, bodies).statements());
			}
			rounds++;
		}
		for (Page page : pages) {
			figures.add(measure(page, direct, warmup, repetitions, plans, bodies));
		}
		Files.createDirectories(Path.of("target", "benchmark"));
		Files.writeString(Path.of("target", "benchmark", "servicemetrics-plans.md"), plans);
		StringBuilder section = new StringBuilder(String.format(Locale.ROOT,
				"""

						## Pages

						With the export's %,d incidents beside the demo's (%,d in all), read over HTTP: pages with a signed-in
						session, the API with `brm`'s token. The export's period is `%s`; the perception gap is that of the
						current quarter, %s, whose incidents are the demo's. Warm-up: every page in turn, each followed by its
						SQL, for %d s (%d rounds), then %d more requests of each page; then %d timed ones per page, each followed
						by the statements it ran, run again directly over JDBC reading every row.

						""",
				FILE_INCIDENTS, data.count("select count(*) from servicemetrics_incident"), FILE_PERIOD, quarter,
				warmupSeconds, rounds, warmup, repetitions));
		section.append(BenchmarkReport.table(figures));
		section.append("\nSeq scans: the tables ")
			.append(String.join(", ", TABLES))
			.append(" read with a sequential scan (plans in `servicemetrics-plans.md`); reported, not failed on. ")
			.append("Body sizes: ");
		bodies.forEach((name, size) -> section.append(name).append(" ").append(size / 1024).append(" KiB; "));
		section.append("\n");
		return section.toString();
	}

	private PageFigures measure(Page page, DirectSql direct, int warmup, int repetitions, StringBuilder plans,
			Map<String, Integer> bodies) throws Exception {
		List<CapturedStatement> statements = List.of();
		for (int i = 0; i < warmup; i++) {
			statements = request(page, bodies).statements();
			direct.run(statements);
		}
		Samples pageTimes = new Samples();
		Samples directTimes = new Samples();
		int fewest = Integer.MAX_VALUE;
		int most = 0;
		// Page and SQL take turns, so that both see the same state of the machine.
		for (int i = 0; i < repetitions; i++) {
			Exchange exchange = request(page, bodies);
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
			if (statement.isQuery() && statement.touchesAny(TABLES) && explained.add(statement.sql())) {
				List<String> plan = direct.explain(statement);
				QueryPlans.sequentiallyScanned(plan).stream().filter(TABLES::contains).forEach(seqScans::add);
				plans.append("\n```\n").append(String.join("\n", plan)).append("\n```\n");
			}
		}
		return new PageFigures(page.name(), page.path(), pageTimes, directTimes, fewest, most, seqScans);
	}

	private Exchange request(Page page, Map<String, Integer> bodies) throws Exception {
		this.capture.start();
		long start = System.nanoTime();
		// API calls go without a session's cookie, as an API client sends them.
		HttpResponse<String> response = (page.session() != null)
				? page.session().send("GET", page.path(), null, false, page.headers())
				: new JsonApi(this.port).send("GET", page.path(), null, null, page.headers());
		long nanos = System.nanoTime() - start;
		List<CapturedStatement> statements = this.capture.stop();
		assertThat(response.statusCode()).as(page.path()).isEqualTo(200);
		assertThat(response.body()).as(page.path()).isNotBlank();
		bodies.put(page.name(), response.body().length());
		return new Exchange(nanos, statements);
	}

	/** Posts the export as the API takes it, and reads the run it answers with. */
	private Imported importExport(String token, byte[] upload) throws Exception {
		long start = System.nanoTime();
		HttpResponse<String> answer = new JsonApi(this.port).send("POST", "/api/v1/service-metrics/imports",
				"Bearer " + token, HttpRequest.BodyPublishers.ofByteArray(upload),
				"multipart/form-data; boundary=" + BOUNDARY, Map.of("Accept", JsonApi.ACCEPT));
		long nanos = System.nanoTime() - start;
		assertThat(answer.statusCode()).as("the import's answer: %s", answer.body()).isEqualTo(201);
		JsonNode run = this.json.readTree(answer.body());
		assertThat(run.get("status").asString()).as("the import's status").isEqualTo("DONE");
		return new Imported(run.get("id").asLong(), nanos, run.get("rowsRead").asLong(), run.get("created").asInt(),
				run.get("updated").asInt(), run.get("unchanged").asInt());
	}

	private static void deleteImported(Connection connection, long importId) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			int deleted = statement.executeUpdate("delete from servicemetrics_incident where import_id = " + importId);
			assertThat(deleted).as("incidents of import %d deleted", importId).isEqualTo(FILE_INCIDENTS);
			statement.execute("vacuum analyze servicemetrics_incident");
		}
	}

	/**
	 * Loads the export's rows with {@code COPY}, streamed out of the zip as the
	 * application reads them, into an empty table made for it.
	 */
	private static Copied copy(Connection connection, Path export, List<String> columns) throws Exception {
		try (Statement statement = connection.createStatement()) {
			statement.execute("drop table if exists " + COPY_TABLE);
			statement.execute("create table " + COPY_TABLE + " ("
					+ columns.stream().map((column) -> quoted(column) + " text").collect(Collectors.joining(", "))
					+ ")");
		}
		long start = System.nanoTime();
		long rows;
		try (InputStream csv = csv(export)) {
			rows = connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy " + COPY_TABLE + " from stdin (format csv, header)", csv);
		}
		long nanos = System.nanoTime() - start;
		try (Statement statement = connection.createStatement()) {
			statement.execute("drop table " + COPY_TABLE);
		}
		return new Copied(rows, nanos);
	}

	/** The CSV file inside the zip, as a stream. */
	private static InputStream csv(Path export) throws IOException {
		ZipInputStream zip = new ZipInputStream(Files.newInputStream(export), StandardCharsets.UTF_8);
		for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
			if (!entry.isDirectory() && entry.getName().endsWith(".csv")) {
				return zip;
			}
		}
		zip.close();
		throw new IllegalStateException("No CSV file in " + export);
	}

	private static List<String> csvColumns(Path export) throws IOException {
		try (BufferedReader header = new BufferedReader(new InputStreamReader(csv(export), StandardCharsets.UTF_8))) {
			return Arrays.stream(header.readLine().split(",")).map(String::strip).toList();
		}
	}

	private static String quoted(String column) {
		return "\"" + column.replace("\"", "\"\"") + "\"";
	}

	/** The export as the part {@code file} of a multipart form, with its format. */
	private static byte[] multipart(Path export) throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
				+ export.getFileName() + "\"\r\nContent-Type: application/zip\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(Files.readAllBytes(export));
		body.writeBytes(("\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\n"
				+ "servicenow-incidents\r\n--" + BOUNDARY + "--\r\n")
			.getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

	private static String header(Connection connection, BenchmarkData data, long demoIncidents) throws SQLException {
		StringBuilder header = new StringBuilder("# Rapport service metrics benchmark\n\n");
		String version;
		try (Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery("show server_version")) {
			row.next();
			version = "PostgreSQL " + row.getString(1);
		}
		header.append(String.format(Locale.ROOT,
				"Run %s on %d cores, Java %s, %s; system load average %.2f at the start, %.2f at the end.%n"
						+ "The demo organisation's incidents before the import: %,d.%n%n",
				OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"), version, loadAtStart,
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), demoIncidents));
		header.append("| Table | Rows at the end |\n|---|---:|\n");
		for (String table : List.of("servicemetrics_incident", "servicemetrics_import", "servicemetrics_rule",
				"servicemetrics_period_metric", "directory_person", "relationships_relationship",
				"insight_perception")) {
			header.append(
					String.format(Locale.ROOT, "| %s | %,d |%n", table, data.count("select count(*) from " + table)));
		}
		return header.toString();
	}

	private static String timing(String name, Samples samples, long rows) {
		return String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %,.0f |%n", name, samples.medianMillis(),
				samples.percentileMillis(0.001), samples.percentileMillis(100),
				rows / (samples.medianMillis() / 1000.0));
	}

	private static Samples single(long nanos) {
		Samples samples = new Samples();
		samples.add(nanos);
		return samples;
	}

	private static long mib(long bytes) {
		return bytes / (1024 * 1024);
	}

	private static Path export() {
		return Path.of(System.getProperty("rapport.test.data", Path.of("..", "shared", "data").toString()), "itsm",
				"incident_event_log.zip");
	}

	private static int setting(String name, int fallback) {
		return Integer
			.parseInt(System.getProperty("rapport.benchmark.servicemetrics." + name, String.valueOf(fallback)));
	}

	/**
	 * A page or an API call: a page goes with a signed-in session, an API call without
	 * one and with its token among the headers.
	 */
	private record Page(String name, String path, WebSession session, Map<String, String> headers) {
	}

	private record Exchange(long nanos, List<CapturedStatement> statements) {
	}

	private record Copied(long rows, long nanos) {
	}

	/**
	 * An import as the API answered it.
	 *
	 * @param id the run
	 * @param nanos from sending the file to the answer
	 * @param rowsRead the rows the run read
	 * @param created incidents it created
	 * @param updated incidents it updated
	 * @param unchanged incidents it found as they were
	 */
	private record Imported(long id, long nanos, long rowsRead, int created, int updated, int unchanged) {
	}

	/**
	 * What the heap held during one import.
	 *
	 * @param before heap used when it started, after {@code System.gc()}
	 * @param sampledPeak the most heap used that the sampler saw
	 * @param poolPeaks the heap pools' peaks, added up
	 * @param mostAfterCollection the most heap used after a collection, or -1 when none
	 * ran
	 * @param collections how many collections ran
	 */
	private record Heap(long before, long sampledPeak, long poolPeaks, long mostAfterCollection, int collections) {

		String row(String name) {
			return String.format(Locale.ROOT, "| %s | %,d | %,d | %,d | %s | %d |%n", name, mib(this.before),
					mib(this.sampledPeak), mib(this.poolPeaks), (this.mostAfterCollection < 0) ? "none ran"
							: String.format(Locale.ROOT, "%,d", mib(this.mostAfterCollection)),
					this.collections);
		}

	}

	/**
	 * Watches the heap from {@link #start()} to {@link #stop()}: a thread samples the
	 * heap's use every 10 ms, the heap pools keep their peaks, and the collectors tell
	 * what each collection left.
	 */
	private static final class HeapWatch implements AutoCloseable, NotificationListener {

		private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.toList();

		private final Set<String> heapPools = this.pools.stream()
			.map(MemoryPoolMXBean::getName)
			.collect(Collectors.toSet());

		private final AtomicLong sampledPeak = new AtomicLong();

		private final AtomicLong mostAfterCollection = new AtomicLong(-1);

		private final AtomicInteger collections = new AtomicInteger();

		private final long before;

		private final Thread sampler;

		private volatile boolean watching = true;

		private boolean listening = true;

		private Heap result;

		private HeapWatch() {
			System.gc();
			this.before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
			this.sampledPeak.set(this.before);
			this.pools.forEach(MemoryPoolMXBean::resetPeakUsage);
			for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
				((NotificationEmitter) collector).addNotificationListener(this, null, null);
			}
			this.sampler = new Thread(() -> {
				while (this.watching) {
					this.sampledPeak.accumulateAndGet(
							ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
					try {
						Thread.sleep(10);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			}, "heap-sampler");
			this.sampler.setDaemon(true);
			this.sampler.start();
		}

		static HeapWatch start() {
			return new HeapWatch();
		}

		@Override
		public void handleNotification(Notification notification, Object handback) {
			if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
				return;
			}
			GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
				.from((CompositeData) notification.getUserData());
			long after = info.getGcInfo()
				.getMemoryUsageAfterGc()
				.entrySet()
				.stream()
				.filter((pool) -> this.heapPools.contains(pool.getKey()))
				.mapToLong((pool) -> pool.getValue().getUsed())
				.sum();
			this.collections.incrementAndGet();
			this.mostAfterCollection.accumulateAndGet(after, Math::max);
		}

		Heap stop() throws Exception {
			if (this.result == null) {
				this.watching = false;
				this.sampler.join();
				long poolPeaks = this.pools.stream()
					.map(MemoryPoolMXBean::getPeakUsage)
					.mapToLong(MemoryUsage::getUsed)
					.sum();
				close();
				this.result = new Heap(this.before, this.sampledPeak.get(), poolPeaks, this.mostAfterCollection.get(),
						this.collections.get());
			}
			return this.result;
		}

		@Override
		public void close() throws Exception {
			this.watching = false;
			if (this.listening) {
				this.listening = false;
				for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
					((NotificationEmitter) collector).removeNotificationListener(this);
				}
			}
		}

	}

}
