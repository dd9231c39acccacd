package org.rapport.relationships.web;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rapport.JsonApi;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.directory.DirectoryManagement;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relationships API over real HTTP: JSON in and out, problem responses that name the
 * field, and each caller seeing only the relationships within reach.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=false", "rapport.admin.username=root",
				"rapport.admin.password=deep-cellar-key" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelationshipApiTests {

	private static final String BRM = "api-brm:api-password";

	private static final String OWNER = "api-owner:api-password";

	private static final String DESK = "api-desk:api-password";

	@LocalServerPort
	int port;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	RelationshipManagement relationships;

	@Autowired
	JsonMapper json;

	RelationshipMother mother;

	long network;

	long owner;

	long outsider;

	final List<Long> vendors = new ArrayList<>();

	@BeforeAll
	void organisation() {
		this.mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		this.network = this.mother.itGroup("Api Network");
		long desk = this.mother.itGroup("Api Desk");
		long sales = this.mother.businessUnit("Api Sales");
		for (int i = 0; i < 4; i++) {
			this.vendors.add(this.mother.vendor("Api Vendor " + i));
		}
		this.owner = this.mother.itPerson("Api Owner", this.network);
		this.outsider = this.mother.outsider("Api Seller", sales);
		this.mother.account("api-brm", "api-password", this.mother.itPerson("Api Head", this.network),
				Role.RELATIONSHIP_MANAGER);
		this.mother.account("api-owner", "api-password", this.owner, Role.IT_STAFF);
		this.mother.account("api-desk", "api-password", this.mother.itPerson("Api Agent", desk), Role.IT_STAFF);
	}

	@Test
	void establishesARelationshipAndAnswersWithItsKindAndOwner() throws Exception {
		HttpResponse<String> response = send("POST", "/api/v1/relationships", BRM,
				body(this.vendors.get(0), this.owner, "STRATEGIC"));

		assertThat(response.statusCode()).isEqualTo(201);
		JsonNode relationship = this.json.readTree(response.body());
		assertThat(relationship.path("kind").asString()).isEqualTo("VENDOR");
		assertThat(relationship.path("ownerId").asLong()).isEqualTo(this.owner);
		assertThat(relationship.path("tier").asString()).isEqualTo("STRATEGIC");
		assertThat(relationship.has("lastContactOn")).isTrue();

		long id = relationship.path("id").asLong();
		assertThat(send("GET", "/api/v1/relationships/" + id, OWNER, null).statusCode()).isEqualTo(200);
		assertThat(send("GET", "/api/v1/relationships/" + id, DESK, null).statusCode()).isEqualTo(404);
		assertThat(send("GET", "/api/v1/relationships", DESK, null).body()).doesNotContain("\"id\":" + id + ",");
	}

	@Test
	void listsEachRelationshipWithItsHealthScoreAndBandANewOneWithoutAScore() throws Exception {
		long id = this.json
			.readTree(send("POST", "/api/v1/relationships", BRM, body(this.vendors.get(3), this.owner, "CORE")).body())
			.path("id")
			.asLong();
		JsonNode fresh = listed(id);
		assertThat(fresh.path("band").asString()).isEqualTo("NEW");
		assertThat(fresh.path("score").isNull()).isTrue();
		assertThat(fresh.path("name").asString()).startsWith("Api Vendor 3 ").contains(" \u2013 Api Network");

		assertThat(send("POST", "/api/v1/relationships/" + id + "/stakeholders", OWNER,
				"{\"name\": \"Api Champion\", \"influence\": 4, \"interest\": 4, \"stance\": \"CHAMPION\"}")
			.statusCode()).isEqualTo(201);
		JsonNode scored = listed(id);
		assertThat(scored.path("band").asString()).isIn("HEALTHY", "WATCH", "AT_RISK");
		assertThat(scored.path("score").asInt()).isBetween(0, 100);
		assertThat(scored.path("score").isNumber()).isTrue();
	}

	private JsonNode listed(long id) throws Exception {
		JsonNode items = this.json
			.readTree(send("GET", "/api/v1/relationships?owner=" + this.owner + "&size=200", OWNER, null).body())
			.path("items");
		for (JsonNode item : items) {
			if (item.path("id").asLong() == id) {
				return item;
			}
		}
		throw new AssertionError("relationship " + id + " is not listed: " + items);
	}

	@Test
	void refusesAnOwnerOutsideItWithAProblemNamingTheField() throws Exception {
		HttpResponse<String> response = send("POST", "/api/v1/relationships", BRM,
				body(this.vendors.get(1), this.outsider, "CORE"));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(fields(response)).containsExactly("ownerId");
		assertThat(send("GET", "/api/v1/relationships?owner=" + this.outsider, BRM, null).body())
			.contains("\"items\":[]");
	}

	@Test
	void refusesStakeholdersWithInfluenceOutOfRangeAndTwiceOnOneRelationship() throws Exception {
		long id = this.json
			.readTree(send("POST", "/api/v1/relationships", BRM, body(this.vendors.get(2), this.owner, "CORE")).body())
			.path("id")
			.asLong();
		String path = "/api/v1/relationships/" + id + "/stakeholders";

		HttpResponse<String> outOfRange = send("POST", path, OWNER,
				"{\"personId\": " + this.outsider + ", \"influence\": 7, \"interest\": 3, \"stance\": \"SCEPTIC\"}");
		assertThat(outOfRange.statusCode()).isEqualTo(400);
		assertThat(fields(outOfRange)).containsExactly("influence");

		String stakeholder = "{\"personId\": " + this.outsider
				+ ", \"role\": \"Head of sales\", \"influence\": 5, \"interest\": 2, \"stance\": \"DETRACTOR\"}";
		assertThat(send("POST", path, OWNER, stakeholder).statusCode()).isEqualTo(201);
		HttpResponse<String> twice = send("POST", path, OWNER, stakeholder);
		assertThat(twice.statusCode()).isEqualTo(409);
		assertThat(fields(twice)).containsExactly("personId");

		JsonNode stakeholders = this.json.readTree(send("GET", path, OWNER, null).body()).path("items");
		assertThat(stakeholders).hasSize(1);
		assertThat(stakeholders.get(0).path("stance").asString()).isEqualTo("DETRACTOR");
		assertThat(send("POST", path, DESK, stakeholder).statusCode()).isEqualTo(404);
	}

	@Test
	void letsTheOwnerChangeTheTierButNotHandTheRelationshipOn() throws Exception {
		long vendor = this.vendors.get(1);
		long id = this.json
			.readTree(send("POST", "/api/v1/relationships", BRM, body(vendor, this.owner, "CORE")).body())
			.path("id")
			.asLong();

		HttpResponse<String> tier = send("PUT", "/api/v1/relationships/" + id, OWNER,
				body(vendor, this.owner, "TRANSACTIONAL"));
		assertThat(tier.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(tier.body()).path("tier").asString()).isEqualTo("TRANSACTIONAL");

		HttpResponse<String> handOn = send("PUT", "/api/v1/relationships/" + id, OWNER,
				body(vendor, this.outsider, "CORE"));
		assertThat(handOn.statusCode()).isEqualTo(403);
		assertThat(send("POST", "/api/v1/relationships", OWNER, body(this.vendors.get(0), this.owner, "CORE"))
			.statusCode()).isEqualTo(403);
	}

	@Test
	void recordsACommitmentAndRefusesATransitionItsStateDoesNotAllow() throws Exception {
		long vendor = vendor("Api Vendor commitments");
		long id = this.json
			.readTree(send("POST", "/api/v1/relationships", BRM, body(vendor, this.owner, "CORE")).body())
			.path("id")
			.asLong();
		HttpResponse<String> made = send("POST", "/api/v1/relationships/" + id + "/commitments", OWNER,
				"{\"description\": \"Share the capacity plan\", \"ownerId\": " + this.owner
						+ ", \"dueOn\": \"2030-06-30\"}");
		assertThat(made.statusCode()).isEqualTo(201);
		long commitment = this.json.readTree(made.body()).path("id").asLong();
		assertThat(this.json.readTree(made.body()).path("state").asString()).isEqualTo("OPEN");

		HttpResponse<String> kept = send("POST", "/api/v1/commitments/" + commitment + "/transitions", OWNER,
				"{\"to\": \"KEPT\"}");
		assertThat(kept.statusCode()).isEqualTo(200);
		HttpResponse<String> again = send("POST", "/api/v1/commitments/" + commitment + "/transitions", OWNER,
				"{\"to\": \"BROKEN\"}");
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(send("GET", "/api/v1/relationships/" + id + "/commitments", OWNER, null).body())
			.contains("\"state\":\"KEPT\"");
		assertThat(send("POST", "/api/v1/commitments/" + commitment + "/transitions", DESK, "{\"to\": \"KEPT\"}")
			.statusCode()).isEqualTo(404);
	}

	@Test
	void answersAnETagThatChangesWithEveryWrite() throws Exception {
		long id = this.json
			.readTree(send("POST", "/api/v1/relationships", BRM, body(vendor("Api Vendor etag"), this.owner, "CORE"))
				.body())
			.path("id")
			.asLong();

		HttpResponse<String> read = send("GET", "/api/v1/relationships/" + id, OWNER, null);
		assertThat(read.headers().firstValue("ETag")).hasValue("\"0\"");
		assertThat(this.json.readTree(read.body()).path("version").asLong()).isEqualTo(0);

		HttpResponse<String> changed = send("PUT", "/api/v1/relationships/" + id, OWNER,
				body(this.json.readTree(read.body()).path("counterpartId").asLong(), this.owner, "STRATEGIC"),
				Map.of("If-Match", "\"0\""));
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.headers().firstValue("ETag")).hasValue("\"1\"");
		assertThat(send("GET", "/api/v1/relationships/" + id, OWNER, null).headers().firstValue("ETag"))
			.hasValue("\"1\"");
	}

	@Test
	void refusesAPutOverAStaleETagWith412AndChangesNothing() throws Exception {
		long vendor = vendor("Api Vendor if-match");
		long id = this.json
			.readTree(send("POST", "/api/v1/relationships", BRM, body(vendor, this.owner, "CORE")).body())
			.path("id")
			.asLong();
		assertThat(send("PUT", "/api/v1/relationships/" + id, OWNER, body(vendor, this.owner, "STRATEGIC"),
				Map.of("If-Match", "W/\"0\""))
			.statusCode()).isEqualTo(200);

		HttpResponse<String> stale = send("PUT", "/api/v1/relationships/" + id, OWNER,
				body(vendor, this.owner, "TRANSACTIONAL"), Map.of("If-Match", "\"0\""));

		assertThat(stale.statusCode()).isEqualTo(412);
		assertThat(stale.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(this.json.readTree(stale.body()).path("currentVersion").asLong()).isEqualTo(1);
		HttpResponse<String> now = send("GET", "/api/v1/relationships/" + id, OWNER, null);
		assertThat(this.json.readTree(now.body()).path("tier").asString()).isEqualTo("STRATEGIC");
		assertThat(now.headers().firstValue("ETag")).hasValue("\"1\"");
	}

	@Test
	void refusesAPutWithAStaleVersionInTheBodyWith409AndChangesNothing() throws Exception {
		long vendor = vendor("Api Vendor body version");
		long id = this.json
			.readTree(send("POST", "/api/v1/relationships", BRM, body(vendor, this.owner, "CORE")).body())
			.path("id")
			.asLong();
		String overVersion0 = body(vendor, this.owner, "STRATEGIC").replace("}", ", \"version\": 0}");
		assertThat(send("PUT", "/api/v1/relationships/" + id, OWNER, overVersion0).statusCode()).isEqualTo(200);

		HttpResponse<String> stale = send("PUT", "/api/v1/relationships/" + id, OWNER,
				body(vendor, this.owner, "TRANSACTIONAL").replace("}", ", \"version\": 0}"));

		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(stale.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(this.json.readTree(send("GET", "/api/v1/relationships/" + id, OWNER, null).body())
			.path("tier")
			.asString()).isEqualTo("STRATEGIC");
		assertThat(send("PUT", "/api/v1/relationships/" + id, OWNER, body(vendor, this.owner, "TRANSACTIONAL"))
			.statusCode()).as("without a version the change is made over the current one").isEqualTo(200);
	}

	@Test
	void recordsBothSidesMaturityAndAnswersWithTheGapAndTheHistory() throws Exception {
		long id = this.json
			.readTree(
					send("POST", "/api/v1/relationships", BRM, body(vendor("Api Vendor maturity"), this.owner, "CORE"))
						.body())
			.path("id")
			.asLong();
		String path = "/api/v1/relationships/" + id + "/maturity";
		LocalDate today = LocalDate.now();

		HttpResponse<String> it = send("POST", path, OWNER, maturity("IT", 4, today.minusDays(20), "We advise"));
		assertThat(it.statusCode()).isEqualTo(201);
		HttpResponse<String> counterpart = send("POST", path, OWNER, maturity("COUNTERPART", 2, today, null));
		assertThat(counterpart.statusCode()).isEqualTo(201);

		JsonNode maturity = this.json.readTree(send("GET", path, OWNER, null).body());
		assertThat(maturity.path("itView").path("maturity").asString()).isEqualTo("TRUSTED_ADVISOR");
		assertThat(maturity.path("itView").path("note").asString()).isEqualTo("We advise");
		assertThat(maturity.path("counterpartView").path("level").asInt()).isEqualTo(2);
		assertThat(maturity.path("gap").asInt()).isEqualTo(2);
		assertThat(maturity.path("history")).hasSize(2);
		assertThat(maturity.path("history").get(0).path("side").asString()).isEqualTo("COUNTERPART");
		assertThat(send("GET", path, DESK, null).statusCode()).isEqualTo(404);
		assertThat(send("POST", path, DESK, maturity("IT", 3, today, null)).statusCode()).isEqualTo(404);
	}

	@Test
	void refusesAMaturityAssessmentWithAProblemNamingEachBadField() throws Exception {
		long id = this.json
			.readTree(send("POST", "/api/v1/relationships", BRM,
					body(vendor("Api Vendor bad maturity"), this.owner, "CORE"))
				.body())
			.path("id")
			.asLong();
		String path = "/api/v1/relationships/" + id + "/maturity";
		LocalDate today = LocalDate.now();

		HttpResponse<String> level = send("POST", path, OWNER, maturity("IT", 6, today, null));
		assertThat(level.statusCode()).isEqualTo(400);
		assertThat(level.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(fields(level)).containsExactly("level");
		HttpResponse<String> future = send("POST", path, OWNER, maturity("IT", 3, today.plusDays(2), null));
		assertThat(future.statusCode()).isEqualTo(400);
		assertThat(fields(future)).containsExactly("assessedOn");
		HttpResponse<String> side = send("POST", path, OWNER, maturity("BOTH", 3, today, null));
		assertThat(side.statusCode()).isEqualTo(400);
		assertThat(fields(side)).containsExactly("side");
		assertThat(side.body()).contains("IT, COUNTERPART").doesNotContain("Exception").doesNotContain("jackson");
		HttpResponse<String> missing = send("POST", path, OWNER, "{\"level\": 3}");
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(fields(missing)).containsExactlyInAnyOrder("side", "assessedOn");

		assertThat(this.json.readTree(send("GET", path, OWNER, null).body()).path("history")).isEmpty();
	}

	@Test
	void refusesATierItDoesNotKnow() throws Exception {
		HttpResponse<String> response = send("POST", "/api/v1/relationships", BRM,
				body(this.vendors.get(0), this.owner, "ENORMOUS"));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).doesNotContain("Exception");
	}

	private long vendor(String name) {
		return this.mother.vendor(name);
	}

	private static String maturity(String side, int level, LocalDate assessedOn, String note) {
		return "{\"side\": \"" + side + "\", \"level\": " + level + ", \"assessedOn\": \"" + assessedOn + "\""
				+ ((note != null) ? ", \"note\": \"" + note + "\"" : "") + "}";
	}

	private String body(long counterpart, long owner, String tier) {
		return "{\"itGroupId\": " + this.network + ", \"counterpartId\": " + counterpart + ", \"ownerId\": " + owner
				+ ", \"tier\": \"" + tier + "\"}";
	}

	private List<String> fields(HttpResponse<String> response) {
		List<String> fields = new ArrayList<>();
		this.json.readTree(response.body())
			.path("errors")
			.forEach((error) -> fields.add(error.path("field").asString()));
		return fields;
	}

	private HttpResponse<String> send(String method, String path, String credentials, String body) throws Exception {
		return new JsonApi(this.port).send(method, path, credentials, body);
	}

	private HttpResponse<String> send(String method, String path, String credentials, String body,
			Map<String, String> headers) throws Exception {
		return new JsonApi(this.port).send(method, path, credentials, body, headers);
	}

}
