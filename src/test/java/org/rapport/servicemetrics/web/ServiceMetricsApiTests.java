package org.rapport.servicemetrics.web;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rapport.JsonApi;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountDraft;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.OrgUnitDraft;
import org.rapport.directory.PersonDraft;
import org.rapport.directory.UnitKind;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service metrics API over real HTTP: an export imported through a multipart upload,
 * the summary in the documented shape, refusals that name their field, the roles, and two
 * imports of one file at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=false", "rapport.admin.username=admin",
				"rapport.admin.password=keys-of-the-castle" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceMetricsApiTests {

	private static final String ADMIN = "admin:keys-of-the-castle";

	private static final String STAFF = "metrics-staff:staff-password";

	private static final Path SLICE = Path.of("..", "shared", "data", "itsm",
			"incident_event_log_first500incidents.csv");

	private static final String BOUNDARY = "metrics-boundary";

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	private DirectoryManagement directory;

	@Autowired
	private AccountManagement accounts;

	@Autowired
	private JdbcClient jdbc;

	private long finance;

	@BeforeAll
	void aBusinessUnitAndAStaffAccount() {
		SignedIn.withRole("admin", Role.ADMIN, () -> {
			this.finance = this.directory
				.createUnit(new OrgUnitDraft("Metrics API Finance", UnitKind.BUSINESS_UNIT, null))
				.id();
			long it = this.directory.createUnit(new OrgUnitDraft("Metrics API IT", UnitKind.IT_GROUP, null)).id();
			long person = this.directory
				.createPerson(new PersonDraft("Metrics Staff", null, null, null, it, null, true))
				.id();
			this.accounts
				.createAccount(new AccountDraft("metrics-staff", "staff-password", person, Set.of(Role.IT_STAFF)));
			return null;
		});
	}

	@BeforeEach
	void noIncidents() {
		this.jdbc.sql("delete from servicemetrics_rule").update();
		this.jdbc.sql("delete from servicemetrics_incident").update();
		this.jdbc.sql("delete from servicemetrics_period_metric").update();
		this.jdbc.sql("delete from servicemetrics_mapping").update();
	}

	@Test
	void anExportImportsAndItsFiguresReadInTheDocumentedShape() throws Exception {
		JsonApi api = new JsonApi(this.port);
		HttpResponse<String> imported = api.upload("/api/v1/service-metrics/imports", ADMIN, "slice.csv",
				Files.readString(SLICE), Map.of("format", "servicenow-incidents"));

		assertThat(imported.statusCode()).isEqualTo(201);
		JsonNode run = this.json.readTree(imported.body());
		assertThat(imported.headers().firstValue("Location"))
			.hasValue("/api/v1/service-metrics/imports/" + run.get("id").asLong());
		assertThat(run.get("status").asString()).isEqualTo("DONE");
		assertThat(run.get("created").asInt()).isEqualTo(500);
		assertThat(run.get("rowsRead").asInt()).isEqualTo(3_411);

		HttpResponse<String> summary = api.get("/api/v1/service-metrics/incidents/summary?by=priority", ADMIN);
		assertThat(summary.statusCode()).isEqualTo(200);
		JsonNode rows = this.json.readTree(summary.body());
		assertThat(rows.isArray()).isTrue();
		long total = 0;
		for (JsonNode row : rows) {
			assertThat(row.propertyNames()).contains("key", "incidents", "slaMet", "slaMetPercent",
					"meanResolutionHours", "medianResolutionHours");
			total += row.get("incidents").asLong();
		}
		assertThat(total).isEqualTo(500);
		assertThat(rows.get(0).get("key").asString()).isEqualTo("3 - Moderate");

		HttpResponse<String> none = api
			.get("/api/v1/service-metrics/incidents/summary?by=location&from=2030-01-01&to=2030-12-31", ADMIN);
		assertThat(this.json.readTree(none.body()).size()).isZero();
		assertThat(api.get("/api/v1/service-metrics/imports/" + run.get("id").asLong(), ADMIN).statusCode())
			.isEqualTo(200);
	}

	@Test
	void badInputIsRefusedNamingItsFieldAndStoresNothing() throws Exception {
		JsonApi api = new JsonApi(this.port);

		assertField(api.upload("/api/v1/service-metrics/imports", ADMIN, "slice.csv", Files.readString(SLICE),
				Map.of("format", "remedy")), "format");
		assertField(api.upload("/api/v1/service-metrics/imports", ADMIN, "slice.csv", Files.readString(SLICE),
				Map.of("format", "servicenow-incidents", "mapping", "{\"location\": \"Site\"}")), "mapping");
		assertField(api.upload("/api/v1/service-metrics/imports", ADMIN, "slice.csv", "",
				Map.of("format", "servicenow-incidents")), "file");
		assertField(api.get("/api/v1/service-metrics/incidents/summary?by=colour", ADMIN), "by");
		assertField(api.get("/api/v1/service-metrics/incidents/summary?from=2026-02-01&to=2026-01-01", ADMIN), "to");
		assertThat(this.jdbc.sql("select count(*) from servicemetrics_incident").query(Long.class).single()).isZero();
	}

	@Test
	void staffReadNeitherImportsNorFigures() throws Exception {
		JsonApi api = new JsonApi(this.port);

		assertThat(api
			.upload("/api/v1/service-metrics/imports", STAFF, "slice.csv", "number,opened_at\n",
					Map.of("format", "servicenow-incidents"))
			.statusCode()).isEqualTo(403);
		assertThat(api.get("/api/v1/service-metrics/incidents/summary", STAFF).statusCode()).isEqualTo(403);
		assertThat(api.get("/api/v1/service-metrics/attribution-rules", STAFF).statusCode()).isEqualTo(403);
	}

	@Test
	void aRuleIsAddedOnceAndRemoved() throws Exception {
		JsonApi api = new JsonApi(this.port);
		String rule = "{\"dimension\": \"LOCATION\", \"value\": \"Location 143\", \"unitId\": " + this.finance + "}";

		HttpResponse<String> added = api.send("POST", "/api/v1/service-metrics/attribution-rules", ADMIN, rule);
		HttpResponse<String> again = api.send("POST", "/api/v1/service-metrics/attribution-rules", ADMIN, rule);

		assertThat(added.statusCode()).isEqualTo(201);
		assertThat(again.statusCode()).isEqualTo(409);
		long id = this.json.readTree(added.body()).get("id").asLong();
		assertThat(this.json.readTree(api.get("/api/v1/service-metrics/attribution-rules", ADMIN).body())
			.get("items")
			.get(0)
			.get("unitName")
			.asString()).isEqualTo("Metrics API Finance");
		assertThat(api.send("DELETE", "/api/v1/service-metrics/attribution-rules/" + id, ADMIN, null).statusCode())
			.isEqualTo(204);
		assertThat(api.send("DELETE", "/api/v1/service-metrics/attribution-rules/" + id, ADMIN, null).statusCode())
			.isEqualTo(404);
	}

	@Test
	void theSameRuleAddedTwiceAtOnceIsStoredOnceAndTheOtherAnswers409() throws Exception {
		JsonApi api = new JsonApi(this.port);
		String rule = "{\"dimension\": \"SERVICE\", \"value\": \"Racing ERP\", \"unitId\": " + this.finance + "}";
		JsonApi.Call call = new JsonApi.Call("/api/v1/service-metrics/attribution-rules", rule);

		List<HttpResponse<String>> answers = api.sendAtOnce("POST", ADMIN, List.of(call, call, call, call));

		assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(201, 409, 409, 409);
		assertThat(this.jdbc.sql("select count(*) from servicemetrics_rule where match_value = 'Racing ERP'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void twoImportsOfOneFileAtOnceTakeTurnsAndStoreEachIncidentOnce() throws Exception {
		JsonApi api = new JsonApi(this.port);
		String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"slice.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n" + Files.readString(SLICE) + "\r\n--" + BOUNDARY
				+ "\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\nservicenow-incidents\r\n--" + BOUNDARY
				+ "--\r\n";
		JsonApi.Call call = new JsonApi.Call("/api/v1/service-metrics/imports", body,
				Map.of("Content-Type", "multipart/form-data; boundary=" + BOUNDARY));

		List<HttpResponse<String>> answers = api.sendAtOnce("POST", ADMIN, List.of(call, call));

		assertThat(answers).extracting(HttpResponse::statusCode).containsExactly(201, 201);
		List<Integer> created = answers.stream()
			.map((answer) -> this.json.readTree(answer.body()).get("created").asInt())
			.sorted()
			.toList();
		List<Integer> unchanged = answers.stream()
			.map((answer) -> this.json.readTree(answer.body()).get("unchanged").asInt())
			.sorted()
			.toList();
		assertThat(created).containsExactly(0, 500);
		assertThat(unchanged).containsExactly(0, 500);
		assertThat(this.jdbc.sql("select count(*) from servicemetrics_incident").query(Long.class).single())
			.isEqualTo(500);
	}

	private void assertField(HttpResponse<String> response, String field) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).contains("\"" + field + "\"");
	}

}
