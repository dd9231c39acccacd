package org.rapport.servicemetrics.web;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rapport.JsonApi;
import org.rapport.SignedIn;
import org.rapport.WebSession;
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
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intake of monitoring tools over real HTTP, called with an administrator's API
 * token: a period is kept and answered with 201, sending it again is idempotent (also
 * from several tools at once), bad values are refused naming their property, staff are
 * refused, and the figures show the availability.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=false", "rapport.admin.username=admin",
				"rapport.admin.password=keys-of-the-castle" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceMetricsAvailabilityTests {

	private static final String PATH = "/api/v1/service-metrics/availability";

	private static final String STAFF = "availability-staff:staff-password";

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	private DirectoryManagement directory;

	@Autowired
	private AccountManagement accounts;

	@Autowired
	private UserDetailsService users;

	@Autowired
	private JdbcClient jdbc;

	private String token;

	private String finance;

	private long financeId;

	private long itGroup;

	@BeforeAll
	void aBusinessUnitAStaffAccountAndAMonitoringToken() {
		this.finance = "Intake Finance " + System.nanoTime();
		SignedIn.withRole("admin", Role.ADMIN, () -> {
			this.financeId = this.directory.createUnit(new OrgUnitDraft(this.finance, UnitKind.BUSINESS_UNIT, null))
				.id();
			this.itGroup = this.directory
				.createUnit(new OrgUnitDraft("Intake IT " + System.nanoTime(), UnitKind.IT_GROUP, null))
				.id();
			long person = this.directory
				.createPerson(new PersonDraft("Availability Staff", null, null, null, this.itGroup, null, true))
				.id();
			this.accounts
				.createAccount(new AccountDraft("availability-staff", "staff-password", person, Set.of(Role.IT_STAFF)));
			return null;
		});
		this.token = "Bearer " + SignedIn.as(this.users, "admin", () -> this.accounts.createToken("monitoring"));
	}

	@AfterEach
	void noMetrics() {
		this.jdbc.sql("delete from servicemetrics_period_metric").update();
	}

	@Test
	void aPeriodIsKeptAndSendingItAgainChangesNothing() throws Exception {
		JsonApi api = new JsonApi(this.port);
		String body = body("\"businessUnitId\": " + this.financeId, "2026-03-01", "2026-03-31", "99.95");

		HttpResponse<String> created = api.send("POST", PATH, this.token, body);
		HttpResponse<String> again = api.send("POST", PATH, this.token, body);
		HttpResponse<String> byName = api.send("POST", PATH, this.token,
				body("\"businessUnit\": \"" + this.finance.toUpperCase() + "\"", "2026-03-01", "2026-03-31", "99.95"));
		HttpResponse<String> changed = api.send("POST", PATH, this.token,
				body("\"businessUnitId\": " + this.financeId, "2026-03-01", "2026-03-31", "99.5"));

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode kept = this.json.readTree(created.body());
		assertThat(kept.get("service").asString()).isEqualTo("Email");
		assertThat(kept.get("unitId").asLong()).isEqualTo(this.financeId);
		assertThat(kept.get("unitName").asString()).isEqualTo(this.finance);
		assertThat(kept.get("periodStart").asString()).isEqualTo("2026-03-01");
		assertThat(kept.get("availabilityPercent").decimalValue()).isEqualByComparingTo("99.95");
		assertThat(kept.get("incidents").asInt()).isEqualTo(3);
		assertThat(kept.get("source").asString()).isEqualTo("intake");
		assertThat(kept.get("change").asString()).isEqualTo("CREATED");
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(again.body()).get("change").asString()).isEqualTo("UNCHANGED");
		assertThat(this.json.readTree(again.body()).get("id").asLong()).isEqualTo(kept.get("id").asLong());
		assertThat(this.json.readTree(byName.body()).get("change").asString()).isEqualTo("UNCHANGED");
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(changed.body()).get("change").asString()).isEqualTo("UPDATED");
		assertThat(this.json.readTree(changed.body()).get("availabilityPercent").decimalValue())
			.isEqualByComparingTo("99.5");
		assertThat(this.jdbc.sql("select count(*) from servicemetrics_period_metric").query(Long.class).single())
			.isEqualTo(1);

		JsonNode figures = this.json
			.readTree(api.get("/api/v1/service-metrics/incidents/summary?by=business_unit", this.token).body());
		assertThat(figures.valueStream().filter((row) -> row.get("unitId").asLong() == this.financeId)).singleElement()
			.satisfies((row) -> {
				assertThat(row.get("availabilityPercent").asDouble()).isEqualTo(99.5);
				// No export holds its incidents: those the tool reports count.
				assertThat(row.get("incidents").asLong()).isEqualTo(3);
				assertThat(row.propertyNames()).contains("key", "incidents", "slaMet", "slaMetPercent",
						"meanResolutionHours", "medianResolutionHours");
			});
	}

	@Test
	void aBusinessUnitTheDirectoryLacksIsKeptAsNotAttributed() throws Exception {
		HttpResponse<String> kept = new JsonApi(this.port).send("POST", PATH, this.token,
				body("\"businessUnit\": \"Not In The Directory\"", "2026-01-01", "2026-03-31", "100"));

		assertThat(kept.statusCode()).isEqualTo(201);
		assertThat(this.json.readTree(kept.body()).get("unitId").isNull()).isTrue();
		assertThat(this.json.readTree(kept.body()).get("unitName").asString()).isEqualTo("Not In The Directory");
	}

	@Test
	void badValuesAreRefusedNamingTheirPropertyAndKeepNothing() throws Exception {
		JsonApi api = new JsonApi(this.port);
		String unit = "\"businessUnitId\": " + this.financeId;

		assertProperty(api.send("POST", PATH, this.token, body(unit, "2026-03-01", "2026-03-31", "101")),
				"availabilityPercent");
		assertProperty(api.send("POST", PATH, this.token, body(unit, "2026-03-01", "2026-03-31", "-0.5")),
				"availabilityPercent");
		assertProperty(api.send("POST", PATH, this.token, body(unit, "2026-03-31", "2026-03-01", "99")), "periodEnd");
		assertProperty(api.send("POST", PATH, this.token,
				"{\"businessUnitId\": " + this.financeId + ", \"periodStart\": \"2026-03-01\", "
						+ "\"periodEnd\": \"2026-03-31\", \"availabilityPercent\": 99}"),
				"service");
		assertProperty(
				api.send("POST", PATH, this.token, body("\"businessUnit\": \" \"", "2026-03-01", "2026-03-31", "99")),
				"businessUnit");
		assertProperty(
				api.send("POST", PATH, this.token,
						body("\"businessUnitId\": " + this.itGroup, "2026-03-01", "2026-03-31", "99")),
				"businessUnitId");
		assertProperty(api.send("POST", PATH, this.token,
				body("\"businessUnitId\": 987654321", "2026-03-01", "2026-03-31", "99")), "businessUnitId");
		assertProperty(
				api.send("POST", PATH, this.token,
						body(unit, "2026-03-01", "2026-03-31", "99").replace("\"incidents\": 3", "\"incidents\": -3")),
				"incidents");
		assertThat(this.jdbc.sql("select count(*) from servicemetrics_period_metric").query(Long.class).single())
			.isZero();
	}

	@Test
	void staffAreRefusedBeforeTheirInputIsRead() throws Exception {
		JsonApi api = new JsonApi(this.port);

		assertThat(api
			.send("POST", PATH, STAFF, body("\"businessUnitId\": " + this.financeId, "2026-03-01", "2026-03-31", "99"))
			.statusCode()).isEqualTo(403);
		assertThat(api.send("POST", PATH, STAFF, "{}").statusCode()).isEqualTo(403);
		assertThat(this.jdbc.sql("select count(*) from servicemetrics_period_metric").query(Long.class).single())
			.isZero();
	}

	@Test
	void fourToolsSendingTheSamePeriodAtOnceKeepOneRow() throws Exception {
		JsonApi.Call call = new JsonApi.Call(PATH,
				body("\"businessUnit\": \"" + this.finance + "\"", "2026-04-01", "2026-04-30", "99.9"));

		List<HttpResponse<String>> answers = new JsonApi(this.port).sendAtOnce("POST", this.token,
				List.of(call, call, call, call));

		assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(201, 200, 200, 200);
		assertThat(answers.stream().map((answer) -> this.json.readTree(answer.body()).get("id").asLong()).distinct())
			.hasSize(1);
		assertThat(this.jdbc.sql("select count(*) from servicemetrics_period_metric").query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void theFiguresPageShowsAvailabilityAndTheImportPageOffersTheGenericFormat() throws Exception {
		new JsonApi(this.port).send("POST", PATH, this.token,
				body("\"businessUnitId\": " + this.financeId, "2026-03-01", "2026-03-31", "99.95"));
		WebSession admin = WebSession.signedIn(this.port, "admin", "keys-of-the-castle");

		HttpResponse<String> byService = admin.get("/service-metrics?by=service");
		HttpResponse<String> imports = admin.get("/service-metrics/imports");

		assertThat(byService.statusCode()).isEqualTo(200);
		assertThat(byService.body()).contains("data-testid=\"availability\">99.95 %<");
		assertThat(imports.statusCode()).isEqualTo(200);
		assertThat(imports.body()).contains("<option value=\"generic\"");
	}

	private static String body(String unit, String start, String end, String availability) {
		return "{\"service\": \"Email\", " + unit + ", \"periodStart\": \"" + start + "\", \"periodEnd\": \"" + end
				+ "\", \"availabilityPercent\": " + availability + ", \"incidents\": 3, \"slaMetPercent\": 100}";
	}

	private void assertProperty(HttpResponse<String> response, String property) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(this.json.readTree(response.body()).get("errors").get(0).get("field").asString()).as(response.body())
			.isEqualTo(property);
	}

}
