package org.rapport.insight.web;

import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rapport.JsonApi;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.directory.DirectoryManagement;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;
import org.rapport.relationships.Tier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The perception gap's trend and the kept executive reports over real HTTP: the
 * documented shapes, refusals naming their field, the roles, and several keeping one
 * quarter's report at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=false", "rapport.admin.username=admin",
				"rapport.admin.password=keys-of-the-castle" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InsightApiTests {

	private static final String ADMIN = "admin:keys-of-the-castle";

	private static final String STAFF = "insight-staff:staff-password";

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	private DirectoryManagement directory;

	@Autowired
	private AccountManagement accounts;

	@Autowired
	private RelationshipManagement relationships;

	@Autowired
	private JdbcClient jdbc;

	private String unitName;

	@BeforeAll
	void aRelationshipWithABusinessUnitAndAStaffAccount() {
		SignedIn.withRole("admin", Role.ADMIN, () -> {
			RelationshipMother mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
			long it = mother.itGroup("Insight API IT");
			long owner = mother.itPerson("Insight API Owner", it);
			long unit = mother.businessUnit("Insight API Finance");
			this.unitName = mother.named("Insight API Finance");
			mother.establish(it, unit, owner, Tier.CORE);
			mother.account("insight-staff", "staff-password", mother.itPerson("Insight API Staff", it), Role.IT_STAFF);
			return null;
		});
	}

	@BeforeEach
	void noReports() {
		this.jdbc.sql("delete from insight_report").update();
	}

	@Test
	void theTrendAnswersEachUnitQuarterByQuarter() throws Exception {
		JsonApi api = new JsonApi(this.port);

		HttpResponse<String> trend = api.get("/api/v1/insight/perception-gap/trend?to=2026-Q2&quarters=3", ADMIN);

		assertThat(trend.statusCode()).isEqualTo(200);
		JsonNode body = this.json.readTree(trend.body());
		assertThat(body.get("periods").values()).extracting(JsonNode::asString)
			.containsExactly("2025-Q4", "2026-Q1", "2026-Q2");
		JsonNode unit = body.get("units")
			.valueStream()
			.filter((node) -> node.get("unitName").asString().equals(this.unitName))
			.findFirst()
			.orElseThrow();
		assertThat(unit.get("quarters").values()).hasSize(3)
			.allSatisfy((quarter) -> assertThat(quarter.get("quadrant").asString()).isEqualTo("NOT_MEASURED"));
		assertThat(
				this.json.readTree(api.get("/api/v1/insight/perception-gap/trend", ADMIN).body()).get("periods").size())
			.isEqualTo(8);

		HttpResponse<String> tooMany = api.get("/api/v1/insight/perception-gap/trend?quarters=13", ADMIN);
		assertThat(tooMany.statusCode()).isEqualTo(400);
		assertThat(tooMany.body()).contains("quarters");
		HttpResponse<String> notAQuarter = api.get("/api/v1/insight/perception-gap/trend?to=2026-13", ADMIN);
		assertThat(notAQuarter.statusCode()).isEqualTo(400);
		assertThat(notAQuarter.body()).contains("period");
		assertThat(api.get("/api/v1/insight/perception-gap/trend", STAFF).statusCode()).isEqualTo(403);
	}

	@Test
	void aReportIsKeptListedAndReadAsItWasMade() throws Exception {
		JsonApi api = new JsonApi(this.port);

		HttpResponse<String> kept = api.send("POST", "/api/v1/insight/reports", ADMIN, "{\"period\": \"2026-Q1\"}");

		assertThat(kept.statusCode()).isEqualTo(201);
		JsonNode report = this.json.readTree(kept.body());
		long id = report.get("id").asLong();
		assertThat(kept.headers().firstValue("Location")).hasValue("/api/v1/insight/reports/" + id);
		assertThat(report.get("period").asString()).isEqualTo("2026-Q1");
		assertThat(report.get("generatedBy").asString()).isEqualTo("admin");

		JsonNode list = this.json.readTree(api.get("/api/v1/insight/reports", ADMIN).body());
		assertThat(list.values()).extracting((node) -> node.get("id").asLong()).containsExactly(id);
		JsonNode figures = this.json.readTree(api.get("/api/v1/insight/reports/" + id, ADMIN).body());
		assertThat(figures.get("period").asString()).isEqualTo("2026-Q1");
		assertThat(figures.get("from").asString()).isEqualTo("2026-01-01");
		assertThat(figures.get("units").valueStream().map((node) -> node.get("unitName").asString()))
			.contains(this.unitName);
		HttpResponse<String> pdf = api.get("/api/v1/insight/reports/" + id + "/report.pdf", ADMIN);
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(pdf.body()).startsWith("%PDF-");

		HttpResponse<String> again = api.send("POST", "/api/v1/insight/reports", ADMIN, "{\"period\": \"2026-Q1\"}");
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.body()).contains("period");
		for (String period : List.of("2099-Q1", "2026-Q9", "")) {
			HttpResponse<String> refused = api.send("POST", "/api/v1/insight/reports", ADMIN,
					"{\"period\": \"" + period + "\"}");
			assertThat(refused.statusCode()).as(period).isEqualTo(400);
			assertThat(refused.body()).as(period).contains("period");
		}
		assertThat(api.get("/api/v1/insight/reports/999999", ADMIN).statusCode()).isEqualTo(404);
		assertThat(api.send("POST", "/api/v1/insight/reports", STAFF, "{\"period\": \"2025-Q4\"}").statusCode())
			.isEqualTo(403);
		assertThat(api.get("/api/v1/insight/reports/" + id, STAFF).statusCode()).isEqualTo(403);
		assertThat(this.jdbc.sql("select count(*) from insight_report").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void fourKeepingOneQuarterAtOnceKeepItOnce() throws Exception {
		JsonApi api = new JsonApi(this.port);
		for (int round = 0; round < 3; round++) {
			this.jdbc.sql("delete from insight_report").update();

			List<HttpResponse<String>> answers = api.sendAtOnce("POST", ADMIN,
					Collections.nCopies(4, new JsonApi.Call("/api/v1/insight/reports", "{\"period\": \"2025-Q3\"}")));

			assertThat(answers).extracting(HttpResponse::statusCode)
				.as("round %d", round)
				.containsExactlyInAnyOrder(201, 409, 409, 409);
			assertThat(this.jdbc.sql("select count(*) from insight_report where period = '2025-Q3'")
				.query(Long.class)
				.single()).isEqualTo(1);
		}
	}

}
