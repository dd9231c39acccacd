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
import org.rapport.SignedIn;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.directory.DirectoryManagement;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;
import org.rapport.relationships.RelationshipSummary;
import org.rapport.relationships.Tier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ending and reopening relationships over REST: {@code POST} and {@code DELETE} of a
 * relationship's {@code closure}, with the relationship's version as the entity tag,
 * {@code If-Match} honoured, the ended ones out of the list unless asked for, and
 * problems that say what is wrong.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=false", "rapport.admin.username=root",
				"rapport.admin.password=deep-cellar-key" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelationshipClosureApiTests {

	private static final String OWNER = "close-owner:close-password";

	private static final String COLLEAGUE = "close-colleague:close-password";

	private static final String DESK = "close-desk:close-password";

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
		this.group = this.mother.itGroup("Close Network");
		this.owner = this.mother.itPerson("Close Owner", this.group);
		this.mother.account("close-owner", "close-password", this.owner, Role.IT_STAFF);
		this.mother.account("close-colleague", "close-password", this.mother.itPerson("Close Colleague", this.group),
				Role.IT_STAFF);
		this.mother.account("close-desk", "close-password",
				this.mother.itPerson("Close Agent", this.mother.itGroup("Close Desk")), Role.IT_STAFF);
	}

	@Test
	void endsWithTheReasonAnswersTheRelationshipWithItsNewETagAndRefusesTheOldOne() throws Exception {
		long id = relationship("Post");
		String etag = etag(id);

		HttpResponse<String> ended = send("POST", closure(id), OWNER, "{\"reason\": \"The contract ran out\"}",
				Map.of("If-Match", etag));

		assertThat(ended.statusCode()).isEqualTo(200);
		JsonNode body = this.json.readTree(ended.body());
		assertThat(body.path("id").asLong()).isEqualTo(id);
		assertThat(body.path("ended").asBoolean()).isTrue();
		assertThat(body.path("endReason").asString()).isEqualTo("The contract ran out");
		assertThat(body.path("endedBy").asString()).isEqualTo("close-owner");
		assertThat(body.path("endedOn").asString()).isNotBlank();
		String newTag = ended.headers().firstValue("ETag").orElseThrow();
		assertThat(newTag).isNotEqualTo(etag).isEqualTo(etag(id));

		HttpResponse<String> stale = send("DELETE", closure(id), OWNER, null, Map.of("If-Match", etag));
		assertThat(stale.statusCode()).isEqualTo(412);
		assertProblem(stale);
		assertThat(summary(id).ended()).isTrue();

		HttpResponse<String> reopened = send("DELETE", closure(id), OWNER, null, Map.of("If-Match", newTag));
		assertThat(reopened.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(reopened.body()).path("ended").asBoolean()).isFalse();
		assertThat(this.json.readTree(reopened.body()).path("endReason").isNull()).isTrue();
		assertThat(reopened.headers().firstValue("ETag")).hasValue(etag(id));
	}

	@Test
	void endingAnEndedRelationshipOrReopeningAnActiveOneAnswersAConflictThatSaysWhy() throws Exception {
		long id = relationship("Twice");

		HttpResponse<String> notEnded = send("DELETE", closure(id), OWNER, null, Map.of());
		assertThat(notEnded.statusCode()).isEqualTo(409);
		assertProblem(notEnded);
		assertThat(this.json.readTree(notEnded.body()).path("detail").asString())
			.isEqualTo("This relationship has not ended, so there is nothing to reopen.");

		assertThat(send("POST", closure(id), OWNER, "{\"reason\": \"First\"}", Map.of()).statusCode()).isEqualTo(200);
		HttpResponse<String> again = send("POST", closure(id), OWNER, "{\"reason\": \"Second\"}", Map.of());
		assertThat(again.statusCode()).isEqualTo(409);
		assertProblem(again);
		assertThat(this.json.readTree(again.body()).path("detail").asString())
			.isEqualTo("This relationship has ended already: close-owner ended it.");
		assertThat(summary(id).endReason()).isEqualTo("First");
	}

	@Test
	void refusesAMissingOrTooLongReasonWithAProblemNamingTheReason() throws Exception {
		long id = relationship("Reason");

		for (String body : List.of("{}", "{\"reason\": \"  \"}", "{\"reason\": \"" + "x".repeat(501) + "\"}")) {
			HttpResponse<String> refused = send("POST", closure(id), OWNER, body, Map.of());
			assertThat(refused.statusCode()).as(body).isEqualTo(400);
			assertProblem(refused);
			assertThat(fields(refused)).as(body).containsExactly("reason");
		}
		assertThat(messages(send("POST", closure(id), OWNER, "{}", Map.of())))
			.containsExactly("Say why the relationship ends");
		assertThat(summary(id).ended()).isFalse();
	}

	@Test
	void anEndedRelationshipRefusesChangesTouchpointsAndCommitmentsWithAConflictAndReopensForThem() throws Exception {
		long id = relationship("Frozen");
		send("POST", closure(id), OWNER, "{\"reason\": \"Merged into Finance\"}", Map.of());
		String base = "/api/v1/relationships/" + id;
		RelationshipSummary relationship = summary(id);
		String change = "{\"itGroupId\": " + relationship.itGroupId() + ", \"counterpartId\": "
				+ relationship.counterpartId() + ", \"ownerId\": " + this.owner + ", \"tier\": \"STRATEGIC\"}";
		String touchpoint = "{\"type\": \"CALL\", \"occurredOn\": \"" + LocalDate.now()
				+ "\", \"summary\": \"Farewell call\", \"sentiment\": 0}";
		String commitment = "{\"description\": \"One more promise\", \"ownerId\": " + this.owner + ", \"dueOn\": \""
				+ LocalDate.now().plusDays(7) + "\"}";

		List<HttpResponse<String>> refused = List.of(send("PUT", base, OWNER, change, Map.of()),
				send("POST", base + "/stakeholders", OWNER,
						"{\"name\": \"Late Stakeholder\", \"influence\": 3, \"interest\": 3, \"stance\": \"NEUTRAL\"}",
						Map.of()),
				send("POST", base + "/interactions", OWNER, touchpoint, Map.of()),
				send("POST", base + "/commitments", OWNER, commitment, Map.of()));

		for (HttpResponse<String> response : refused) {
			assertThat(response.statusCode()).isEqualTo(409);
			assertProblem(response);
			assertThat(this.json.readTree(response.body()).path("detail").asString())
				.startsWith("This relationship ended on ")
				.endsWith("; reopen it to record anything new on it.");
		}
		assertThat(summary(id).tier()).isEqualTo(Tier.CORE);

		assertThat(send("DELETE", closure(id), OWNER, null, Map.of()).statusCode()).isEqualTo(200);
		assertThat(send("POST", base + "/interactions", OWNER, touchpoint, Map.of()).statusCode()).isEqualTo(201);
	}

	@Test
	void theListLeavesEndedRelationshipsOutUnlessAskedForThem() throws Exception {
		long active = relationship("Listed Active");
		long ended = relationship("Listed Ended");
		send("POST", closure(ended), OWNER, "{\"reason\": \"Merged into Finance\"}", Map.of());
		String list = "/api/v1/relationships?itGroup=" + this.group + "&size=200";

		assertThat(ids(send("GET", list, OWNER, null, Map.of()))).contains(active).doesNotContain(ended);
		assertThat(ids(send("GET", list + "&state=ended", OWNER, null, Map.of()))).contains(ended)
			.doesNotContain(active);
		assertThat(ids(send("GET", list + "&state=ALL", OWNER, null, Map.of()))).contains(active, ended);
		JsonNode listed = this.json.readTree(send("GET", list + "&state=ended", OWNER, null, Map.of()).body())
			.path("items");
		assertThat(listed.get(0).path("ended").asBoolean()).isTrue();
		assertThat(listed.get(0).path("score").isNull()).isTrue();

		HttpResponse<String> bad = send("GET", list + "&state=closed", OWNER, null, Map.of());
		assertThat(bad.statusCode()).isEqualTo(400);
		assertProblem(bad);
		assertThat(fields(bad)).containsExactly("state");
	}

	@Test
	void whoMayNotChangeTheRelationshipMayNotEndOrReopenIt() throws Exception {
		long id = relationship("Access");
		String body = "{\"reason\": \"Not mine to end\"}";

		assertThat(send("POST", closure(id), COLLEAGUE, body, Map.of()).statusCode()).isEqualTo(403);
		assertThat(send("POST", closure(id), DESK, body, Map.of()).statusCode()).isEqualTo(404);
		assertThat(send("POST", closure(id), null, body, Map.of()).statusCode()).isEqualTo(401);
		assertThat(summary(id).ended()).isFalse();

		send("POST", closure(id), OWNER, "{\"reason\": \"Merged into Finance\"}", Map.of());
		assertThat(send("DELETE", closure(id), COLLEAGUE, null, Map.of()).statusCode()).isEqualTo(403);
		assertThat(send("DELETE", closure(id), DESK, null, Map.of()).statusCode()).isEqualTo(404);
		assertThat(summary(id).ended()).isTrue();
		// Colleagues of the group still read it.
		assertThat(send("GET", "/api/v1/relationships/" + id, COLLEAGUE, null, Map.of()).statusCode()).isEqualTo(200);
	}

	@Test
	void theOpenApiDescriptionListsTheEndingAndTheReopeningWithTheRelationships() throws Exception {
		JsonNode path = this.json.readTree(send("GET", "/v3/api-docs", null, null, Map.of()).body())
			.path("paths")
			.path("/api/v1/relationships/{id}/closure");

		assertThat(path.path("post").path("summary").asString()).isEqualTo("End a relationship, with the reason");
		assertThat(path.path("post").path("tags").get(0).asString()).isEqualTo("Relationships");
		assertThat(path.path("post").has("requestBody")).isTrue();
		assertThat(path.path("post").path("responses").has("409")).isTrue();
		assertThat(path.path("post").path("responses").has("412")).isTrue();
		assertThat(path.path("delete").path("summary").asString()).isEqualTo("Reopen an ended relationship");
		assertThat(path.path("delete").path("responses").has("200")).isTrue();
		assertThat(path.path("delete").path("responses").has("412")).isTrue();
	}

	/**
	 * A relationship of the test's IT group, owned by {@code close-owner}.
	 */
	private long relationship(String name) {
		return this.mother.establish(this.group, this.mother.businessUnit("Close " + name), this.owner, Tier.CORE).id();
	}

	private static String closure(long id) {
		return "/api/v1/relationships/" + id + "/closure";
	}

	private String etag(long id) throws Exception {
		return send("GET", "/api/v1/relationships/" + id, OWNER, null, Map.of()).headers()
			.firstValue("ETag")
			.orElseThrow();
	}

	private RelationshipSummary summary(long id) {
		return SignedIn.asSystem(() -> this.relationships.relationship(id));
	}

	private List<Long> ids(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(200);
		List<Long> ids = new ArrayList<>();
		this.json.readTree(response.body()).path("items").forEach((item) -> ids.add(item.path("id").asLong()));
		return ids;
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

	private List<String> messages(HttpResponse<String> response) {
		List<String> messages = new ArrayList<>();
		this.json.readTree(response.body())
			.path("errors")
			.forEach((error) -> messages.add(error.path("message").asString()));
		return messages;
	}

	private HttpResponse<String> send(String method, String path, String credentials, String body,
			Map<String, String> headers) throws Exception {
		return new JsonApi(this.port).send(method, path, credentials, body, headers);
	}

}
