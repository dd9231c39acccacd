package org.rapport.health.web;

import java.net.http.HttpResponse;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Health and alerts over real HTTP: the score explained component by component, and the
 * alerts each caller is meant to see.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=false", "rapport.admin.username=root",
				"rapport.admin.password=deep-cellar-key" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HealthApiTests {

	private static final String BRM = "health-brm:api-password";

	private static final String OWNER = "health-owner:api-password";

	private static final String OUTSIDER = "health-outsider:api-password";

	@LocalServerPort
	int port;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JsonMapper json;

	long relationship;

	@BeforeAll
	void relationship() throws Exception {
		long group = SignedIn.asSystem(() -> {
			long network = this.directory.createUnit(new OrgUnitDraft("Health Network", UnitKind.IT_GROUP, null)).id();
			long desk = this.directory.createUnit(new OrgUnitDraft("Health Desk", UnitKind.IT_GROUP, null)).id();
			account("health-brm", person("Health Head", network), Role.RELATIONSHIP_MANAGER);
			account("health-owner", person("Health Owner", network), Role.IT_STAFF);
			account("health-outsider", person("Health Agent", desk), Role.IT_STAFF);
			return network;
		});
		long vendor = SignedIn
			.asSystem(() -> this.directory.createUnit(new OrgUnitDraft("Health Vendor", UnitKind.VENDOR, null)).id());
		long owner = SignedIn.asSystem(() -> this.directory.findByReference("health.owner@example.com").orElseThrow())
			.id();
		JsonNode created = this.json.readTree(send("POST", "/api/v1/relationships", BRM, "{\"itGroupId\": " + group
				+ ", \"counterpartId\": " + vendor + ", \"ownerId\": " + owner + ", \"tier\": \"CORE\"}")
			.body());
		this.relationship = created.path("id").asLong();
		send("POST", "/api/v1/relationships/" + this.relationship + "/stakeholders", OWNER,
				"{\"name\": \"Vera Stone\", \"role\": \"Account director\", \"influence\": 5, \"interest\": 4, "
						+ "\"stance\": \"DETRACTOR\"}");
		send("POST", "/api/v1/relationships/" + this.relationship + "/interactions", OWNER,
				"{\"type\": \"ESCALATION\", \"occurredOn\": \"" + java.time.LocalDate.now()
						+ "\", \"summary\": \"Outage review\", \"sentiment\": -2}");
	}

	@Test
	void theScoreIsAHundredTimesTheWeightedSumOfItsExplainedComponents() throws Exception {
		HttpResponse<String> response = send("GET", "/api/v1/relationships/" + this.relationship + "/health", OWNER,
				null);

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode health = this.json.readTree(response.body());
		double weights = 0;
		double sum = 0;
		for (JsonNode component : health.path("components")) {
			assertThat(component.path("name").asString()).isNotBlank();
			assertThat(component.path("explanation").asString()).endsWith(".");
			double value = component.path("value").asDouble();
			assertThat(value).isBetween(0.0, 1.0);
			weights += component.path("weight").asDouble();
			sum += component.path("weight").asDouble() * value;
		}
		assertThat(weights).isCloseTo(1.0, within(1e-9));
		assertThat(health.path("score").asInt()).isEqualTo((int) Math.round(100 * sum));
		// Engagement 1 x 0.5, stance 0 x 0.3333, escalations (1 - 1/3) x 0.1667: 61.
		assertThat(health.path("score").asInt()).isEqualTo(61);
		assertThat(health.path("band").asString()).isEqualTo("WATCH");
		assertThat(health.path("notCounted").findValuesAsString("name")).containsExactly("PERCEPTION", "RELIABILITY");
	}

	@Test
	void alertsNameTheRelationshipAndGoToItsOwnerAndTheHeadOfRelationshipManagement() throws Exception {
		JsonNode page = this.json.readTree(send("GET", "/api/v1/alerts", OWNER, null).body());
		assertThat(page.path("next").isNull()).isTrue();
		JsonNode alerts = page.path("items");
		assertThat(alerts).hasSize(1);
		assertThat(alerts.get(0).path("type").asString()).isEqualTo("DETRACTOR");
		assertThat(alerts.get(0).path("relationshipId").asLong()).isEqualTo(this.relationship);
		assertThat(alerts.get(0).path("message").asString())
			.startsWith("Health Vendor \u2013 Health Network: Vera Stone (Account director), influence 5");

		assertThat(this.json.readTree(send("GET", "/api/v1/alerts", BRM, null).body())
			.path("items")
			.findValuesAsString("type")).contains("DETRACTOR");
		assertThat(this.json.readTree(send("GET", "/api/v1/alerts", OUTSIDER, null).body()).path("items")).isEmpty();
		assertThat(send("GET", "/api/v1/relationships/" + this.relationship + "/health", OUTSIDER, null).statusCode())
			.isEqualTo(404);
	}

	private HttpResponse<String> send(String method, String path, String credentials, String body) throws Exception {
		return new JsonApi(this.port).send(method, path, credentials, body);
	}

	private long person(String name, long unit) {
		String email = name.toLowerCase().replace(' ', '.') + "@example.com";
		return this.directory.createPerson(new PersonDraft(name, null, email, null, unit, null, true)).id();
	}

	private void account(String username, long person, Role role) {
		this.accounts.createAccount(new AccountDraft(username, "api-password", person, Set.of(role)));
	}

}
