package org.rapport.relationships.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rapport.JsonApi;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.directory.DirectoryManagement;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;
import org.rapport.relationships.Stance;
import org.rapport.relationships.StakeholderSummary;
import org.rapport.relationships.Tier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changing and removing stakeholders over REST: the relationship's version as the entity
 * tag, {@code If-Match} honoured, and problems that name what is wrong.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=false", "rapport.admin.username=root",
				"rapport.admin.password=deep-cellar-key" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StakeholderApiTests {

	private static final String OWNER = "stake-owner:stake-password";

	private static final String COLLEAGUE = "stake-colleague:stake-password";

	private static final String DESK = "stake-desk:stake-password";

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

	long group;

	long owner;

	@BeforeAll
	void organisation() {
		this.mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		this.group = this.mother.itGroup("Stake Network");
		this.owner = this.mother.itPerson("Stake Owner", this.group);
		this.mother.account("stake-owner", "stake-password", this.owner, Role.IT_STAFF);
		this.mother.account("stake-colleague", "stake-password", this.mother.itPerson("Stake Colleague", this.group),
				Role.IT_STAFF);
		this.mother.account("stake-desk", "stake-password",
				this.mother.itPerson("Stake Agent", this.mother.itGroup("Stake Desk")), Role.IT_STAFF);
	}

	@Test
	void changesAStakeholderAnswersWithItAndTheRelationshipsNewETagAndRefusesTheOldOne() throws Exception {
		Sample sample = sample("Put");
		String path = stakeholderPath(sample);
		String etag = etag(sample.id());

		HttpResponse<String> changed = send("PUT", path, OWNER,
				"{\"role\": \"Head of buying\", \"influence\": 4, \"interest\": 5, \"stance\": \"CHAMPION\"}",
				Map.of("If-Match", etag));

		assertThat(changed.statusCode()).isEqualTo(200);
		JsonNode body = this.json.readTree(changed.body());
		assertThat(body.path("id").asLong()).isEqualTo(sample.stakeholder().id());
		assertThat(body.path("stance").asString()).isEqualTo("CHAMPION");
		assertThat(body.path("role").asString()).isEqualTo("Head of buying");
		assertThat(body.path("influence").asInt()).isEqualTo(4);
		assertThat(body.path("itContactId").isNull()).isTrue();
		String newTag = changed.headers().firstValue("ETag").orElseThrow();
		assertThat(newTag).isNotEqualTo(etag).isEqualTo(etag(sample.id()));

		HttpResponse<String> stale = send("PUT", path, OWNER,
				"{\"influence\": 1, \"interest\": 1, \"stance\": \"SCEPTIC\"}", Map.of("If-Match", etag));
		assertThat(stale.statusCode()).isEqualTo(412);
		assertProblem(stale);
		assertThat(stakeholder(sample).stance()).isEqualTo(Stance.CHAMPION);

		assertThat(send("PUT", path, OWNER, "{\"influence\": 2, \"interest\": 2, \"stance\": \"NEUTRAL\"}",
				Map.of("If-Match", "W/" + newTag))
			.statusCode()).isEqualTo(200);
	}

	@Test
	void refusesInvalidInputWithAProblemNamingTheFieldAndAnUnknownStakeholderWith404() throws Exception {
		Sample sample = sample("Invalid");
		String path = stakeholderPath(sample);

		HttpResponse<String> outOfRange = send("PUT", path, OWNER,
				"{\"influence\": 9, \"interest\": 3, \"stance\": \"NEUTRAL\"}", Map.of());
		assertThat(outOfRange.statusCode()).isEqualTo(400);
		assertProblem(outOfRange);
		assertThat(fields(outOfRange)).containsExactly("influence");

		HttpResponse<String> contact = send("PUT", path, OWNER,
				"{\"influence\": 3, \"interest\": 3, \"stance\": \"NEUTRAL\", \"itContactId\": "
						+ sample.stakeholderPersonId() + "}",
				Map.of());
		assertThat(contact.statusCode()).isEqualTo(400);
		assertThat(fields(contact)).containsExactly("itContactId");

		String unknown = "/api/v1/relationships/" + sample.id() + "/stakeholders/999999999";
		HttpResponse<String> missing = send("PUT", unknown, OWNER,
				"{\"influence\": 3, \"interest\": 3, \"stance\": \"NEUTRAL\"}", Map.of());
		assertThat(missing.statusCode()).isEqualTo(404);
		assertProblem(missing);
		assertThat(send("DELETE", unknown, OWNER, null, Map.of()).statusCode()).isEqualTo(404);
		assertThat(stakeholder(sample).stance()).isEqualTo(Stance.SUPPORTER);
	}

	@Test
	void removesAStakeholderOnlyOverTheCurrentVersion() throws Exception {
		Sample sample = sample("Delete");
		String path = stakeholderPath(sample);

		HttpResponse<String> stale = send("DELETE", path, OWNER, null, Map.of("If-Match", "\"999\""));
		assertThat(stale.statusCode()).isEqualTo(412);
		assertProblem(stale);

		HttpResponse<String> removed = send("DELETE", path, OWNER, null, Map.of("If-Match", etag(sample.id())));
		assertThat(removed.statusCode()).isEqualTo(204);
		assertThat(this.json
			.readTree(
					send("GET", "/api/v1/relationships/" + sample.id() + "/stakeholders", OWNER, null, Map.of()).body())
			.path("items")).isEmpty();
		assertThat(send("DELETE", path, OWNER, null, Map.of()).statusCode()).isEqualTo(404);
	}

	@Test
	void listsStakeholdersInPagesWithTheCursorOfTheNext() throws Exception {
		Sample sample = sample("Pages");
		String path = "/api/v1/relationships/" + sample.id() + "/stakeholders";
		for (String name : List.of("Page Second", "Page Third")) {
			assertThat(send("POST", path, OWNER,
					"{\"name\": \"" + name + "\", \"influence\": 2, \"interest\": 2, \"stance\": \"NEUTRAL\"}",
					Map.of())
				.statusCode()).isEqualTo(201);
		}

		JsonNode first = this.json.readTree(send("GET", path + "?size=2", OWNER, null, Map.of()).body());
		assertThat(first.path("items").findValuesAsString("name")).containsExactly(sample.stakeholder().name(),
				"Page Second");
		JsonNode second = this.json.readTree(
				send("GET", path + "?size=2&after=" + first.path("next").asString(), OWNER, null, Map.of()).body());
		assertThat(second.path("items").findValuesAsString("name")).containsExactly("Page Third");
		assertThat(second.path("next").isNull()).isTrue();
		assertThat(send("GET", path + "?size=0", OWNER, null, Map.of()).statusCode()).isEqualTo(400);
		assertThat(send("GET", path + "?after=not-a-cursor", OWNER, null, Map.of()).statusCode()).isEqualTo(400);
	}

	@Test
	void whoMayNotAddStakeholdersMayNotChangeOrRemoveThem() throws Exception {
		Sample sample = sample("Access");
		String path = stakeholderPath(sample);
		String body = "{\"influence\": 1, \"interest\": 1, \"stance\": \"DETRACTOR\"}";

		assertThat(send("PUT", path, COLLEAGUE, body, Map.of()).statusCode()).isEqualTo(403);
		assertThat(send("DELETE", path, COLLEAGUE, null, Map.of()).statusCode()).isEqualTo(403);
		assertThat(send("PUT", path, DESK, body, Map.of()).statusCode()).isEqualTo(404);
		assertThat(send("DELETE", path, DESK, null, Map.of()).statusCode()).isEqualTo(404);
		assertThat(send("PUT", path, null, body, Map.of()).statusCode()).isEqualTo(401);

		assertThat(stakeholder(sample).stance()).isEqualTo(Stance.SUPPORTER);
	}

	@Test
	void theOpenApiDescriptionListsTheChangeAndTheRemovalWithTheRelationships() throws Exception {
		JsonNode path = this.json.readTree(send("GET", "/v3/api-docs", null, null, Map.of()).body())
			.path("paths")
			.path("/api/v1/relationships/{id}/stakeholders/{stakeholderId}");

		assertThat(path.path("put").path("tags").get(0).asString()).isEqualTo("Relationships");
		assertThat(path.path("put").has("requestBody")).isTrue();
		assertThat(path.path("delete").path("tags").get(0).asString()).isEqualTo("Relationships");
		assertThat(path.path("delete").path("responses").has("204")).isTrue();
	}

	/**
	 * A relationship of the test's IT group, owned by {@code stake-owner}, with one
	 * stakeholder, a supporter whom the owner keeps in touch with.
	 */
	private Sample sample(String name) {
		long counterpart = this.mother.businessUnit("Stake " + name);
		long person = this.mother.outsider("Stake Buyer " + name, counterpart);
		long id = this.mother.establish(this.group, counterpart, this.owner, Tier.CORE).id();
		return new Sample(id, person, this.mother.stakeholder(id, person, Stance.SUPPORTER, this.owner));
	}

	private String stakeholderPath(Sample sample) {
		return "/api/v1/relationships/" + sample.id() + "/stakeholders/" + sample.stakeholder().id();
	}

	private String etag(long id) throws Exception {
		return send("GET", "/api/v1/relationships/" + id, OWNER, null, Map.of()).headers()
			.firstValue("ETag")
			.orElseThrow();
	}

	private StakeholderSummary stakeholder(Sample sample) {
		return SignedIn.asSystem(() -> this.relationships.stakeholder(sample.id(), sample.stakeholder().id()));
	}

	private void assertProblem(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	private List<String> fields(HttpResponse<String> response) {
		List<String> fields = new ArrayList<>();
		this.json.readTree(response.body())
			.path("errors")
			.forEach((error) -> fields.add(error.path("field").asString()));
		return fields;
	}

	private HttpResponse<String> send(String method, String path, String credentials, String body,
			Map<String, String> headers) throws Exception {
		return new JsonApi(this.port).send(method, path, credentials, body, headers);
	}

	private record Sample(long id, long stakeholderPersonId, StakeholderSummary stakeholder) {
	}

}
