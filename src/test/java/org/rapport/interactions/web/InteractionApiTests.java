package org.rapport.interactions.web;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
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
import org.rapport.interactions.InteractionManagement;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;
import org.rapport.relationships.Tier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Correcting and deleting touchpoints over REST: the touchpoint's version as its entity
 * tag, {@code If-Match} honoured, the same rules and refusals as the pages, and parallel
 * writers of which exactly one wins.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=false", "rapport.admin.username=root",
				"rapport.admin.password=deep-cellar-key" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InteractionApiTests {

	private static final String OWNER = "tp-owner:tp-password";

	private static final String PARTNER = "tp-partner:tp-password";

	private static final String DESK = "tp-desk:tp-password";

	private static final int WRITERS = 10;

	@LocalServerPort
	int port;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	RelationshipManagement relationships;

	@Autowired
	InteractionManagement interactions;

	@Autowired
	JsonMapper json;

	RelationshipMother mother;

	long group;

	long owner;

	long partner;

	LocalDate today = LocalDate.now();

	@BeforeAll
	void organisation() {
		this.mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		this.group = this.mother.itGroup("Touchpoint Network");
		this.owner = this.mother.itPerson("Touchpoint Owner", this.group);
		this.partner = this.mother.itPerson("Touchpoint Partner", this.group);
		this.mother.account("tp-owner", "tp-password", this.owner, Role.IT_STAFF);
		this.mother.account("tp-partner", "tp-password", this.partner, Role.IT_STAFF);
		this.mother.account("tp-desk", "tp-password",
				this.mother.itPerson("Touchpoint Agent", this.mother.itGroup("Touchpoint Desk")), Role.IT_STAFF);
	}

	@Test
	void correctsATouchpointAnsweringWithItAndItsNewETagAndRefusesTheOldTag() throws Exception {
		long relationship = relationship("Put");
		long id = log(relationship, PARTNER, "Call about the roll-out");
		HttpResponse<String> read = send("GET", "/api/v1/interactions/" + id, OWNER, null, Map.of());
		assertThat(read.statusCode()).isEqualTo(200);
		String etag = read.headers().firstValue("ETag").orElseThrow();

		HttpResponse<String> corrected = send("PUT", "/api/v1/interactions/" + id, PARTNER,
				body("MEETING", this.today.minusDays(1), "Meeting about the roll-out", -1), Map.of("If-Match", etag));

		assertThat(corrected.statusCode()).isEqualTo(200);
		JsonNode touchpoint = this.json.readTree(corrected.body());
		assertThat(touchpoint.path("type").asString()).isEqualTo("MEETING");
		assertThat(touchpoint.path("summary").asString()).isEqualTo("Meeting about the roll-out");
		assertThat(touchpoint.path("occurredOn").asString()).isEqualTo(this.today.minusDays(1).toString());
		assertThat(touchpoint.path("correctable").asBoolean()).isTrue();
		assertThat(corrected.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);

		HttpResponse<String> stale = send("PUT", "/api/v1/interactions/" + id, PARTNER,
				body("CALL", this.today, "Over the old version", 0), Map.of("If-Match", etag));
		assertThat(stale.statusCode()).isEqualTo(412);
		assertProblem(stale);
		assertThat(summary(id)).isEqualTo("Meeting about the roll-out");
		assertThat(SignedIn.asSystem(() -> this.relationships.relationship(relationship)).lastContactOn())
			.isEqualTo(this.today.minusDays(1));
	}

	@Test
	void refusesInvalidInputNamingTheFieldAndOthersTouchpointsByRoleAndReach() throws Exception {
		long relationship = relationship("Refusals");
		long id = log(relationship, OWNER, "Owner's call");
		String path = "/api/v1/interactions/" + id;

		HttpResponse<String> future = send("PUT", path, OWNER, body("CALL", this.today.plusDays(1), "Later", 0),
				Map.of());
		assertThat(future.statusCode()).isEqualTo(400);
		assertProblem(future);
		assertThat(fields(future)).containsExactly("occurredOn");
		HttpResponse<String> sentiment = send("PUT", path, OWNER, body("CALL", this.today, "Call", 5), Map.of());
		assertThat(sentiment.statusCode()).isEqualTo(400);
		assertThat(fields(sentiment)).containsExactly("sentiment");

		assertThat(send("PUT", path, PARTNER, body("CALL", this.today, "Not mine", 0), Map.of()).statusCode())
			.isEqualTo(403);
		assertThat(send("DELETE", path, PARTNER, null, Map.of()).statusCode()).isEqualTo(403);
		assertThat(send("GET", path, DESK, null, Map.of()).statusCode()).isEqualTo(404);
		assertThat(send("PUT", path, DESK, body("CALL", this.today, "Out of reach", 0), Map.of()).statusCode())
			.isEqualTo(404);
		assertThat(send("DELETE", path, DESK, null, Map.of()).statusCode()).isEqualTo(404);
		assertThat(send("DELETE", path, null, null, Map.of()).statusCode()).isEqualTo(401);
		assertThat(send("GET", "/api/v1/interactions/999999999", OWNER, null, Map.of()).statusCode()).isEqualTo(404);
		assertThat(summary(id)).isEqualTo("Owner's call");
	}

	@Test
	void deletesATouchpointOnlyOverItsCurrentVersion() throws Exception {
		long relationship = relationship("Delete");
		long id = log(relationship, OWNER, "Logged twice");
		String path = "/api/v1/interactions/" + id;

		HttpResponse<String> stale = send("DELETE", path, OWNER, null, Map.of("If-Match", "\"99\""));
		assertThat(stale.statusCode()).isEqualTo(412);
		assertProblem(stale);

		String etag = send("GET", path, OWNER, null, Map.of()).headers().firstValue("ETag").orElseThrow();
		assertThat(send("DELETE", path, OWNER, null, Map.of("If-Match", etag)).statusCode()).isEqualTo(204);
		assertThat(this.json
			.readTree(send("GET", "/api/v1/relationships/" + relationship + "/interactions", OWNER, null, Map.of())
				.body())
			.path("items")).isEmpty();
		assertThat(send("DELETE", path, OWNER, null, Map.of()).statusCode()).isEqualTo(404);
	}

	@Test
	void ofTenParallelCorrectionsOverOneVersionExactlyOneIsStored() throws Exception {
		long relationship = relationship("Race");
		long id = log(relationship, OWNER, "Before the race");
		String etag = send("GET", "/api/v1/interactions/" + id, OWNER, null, Map.of()).headers()
			.firstValue("ETag")
			.orElseThrow();

		List<JsonApi.Call> calls = new ArrayList<>();
		for (int i = 0; i < WRITERS; i++) {
			calls.add(new JsonApi.Call("/api/v1/interactions/" + id, body("CALL", this.today, "Writer " + i, i % 5 - 2),
					Map.of("If-Match", etag)));
		}
		List<HttpResponse<String>> responses = new JsonApi(this.port).sendAtOnce("PUT", OWNER, calls);

		assertThat(responses).extracting(HttpResponse::statusCode)
			.allSatisfy((status) -> assertThat(status).isIn(200, 409, 412));
		List<HttpResponse<String>> stored = responses.stream()
			.filter((response) -> response.statusCode() == 200)
			.toList();
		assertThat(stored).hasSize(1);
		assertThat(summary(id)).isEqualTo(this.json.readTree(stored.get(0).body()).path("summary").asString());
	}

	@Test
	void ofTenParallelDeletionsOneDeletesAndTheRestFindItGoneOrChanged() throws Exception {
		long relationship = relationship("Race Delete");
		long id = log(relationship, OWNER, "Deleted once");

		List<HttpResponse<String>> responses = new JsonApi(this.port).sendAtOnce("DELETE", OWNER,
				Collections.nCopies(WRITERS, new JsonApi.Call("/api/v1/interactions/" + id, null)));

		assertThat(responses).extracting(HttpResponse::statusCode)
			.allSatisfy((status) -> assertThat(status).isIn(204, 404, 409));
		assertThat(responses).filteredOn((response) -> response.statusCode() == 204).hasSize(1);
	}

	@Test
	void theOpenApiDescriptionListsReadingCorrectingAndDeletingATouchpoint() throws Exception {
		JsonNode path = this.json.readTree(send("GET", "/v3/api-docs", null, null, Map.of()).body())
			.path("paths")
			.path("/api/v1/interactions/{id}");

		assertThat(path.path("get").path("tags").get(0).asString()).isEqualTo("Interactions");
		assertThat(path.path("put").has("requestBody")).isTrue();
		assertThat(path.path("put").path("responses").has("412")).isTrue();
		assertThat(path.path("delete").path("responses").has("204")).isTrue();
	}

	private long relationship(String name) {
		long counterpart = this.mother.businessUnit("Touchpoint " + name);
		return this.mother.establish(this.group, counterpart, this.owner, Tier.CORE, this.partner).id();
	}

	private long log(long relationship, String credentials, String summary) throws Exception {
		HttpResponse<String> logged = send("POST", "/api/v1/relationships/" + relationship + "/interactions",
				credentials, body("CALL", this.today, summary, 1), Map.of());
		assertThat(logged.statusCode()).isEqualTo(201);
		return this.json.readTree(logged.body()).path("id").asLong();
	}

	private String summary(long id) {
		return SignedIn.withRole("root", Role.ADMIN, () -> this.interactions.interaction(id)).summary();
	}

	private static String body(String type, LocalDate day, String summary, int sentiment) {
		return "{\"type\": \"" + type + "\", \"occurredOn\": \"" + day + "\", \"summary\": \"" + summary
				+ "\", \"sentiment\": " + sentiment + "}";
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

}
