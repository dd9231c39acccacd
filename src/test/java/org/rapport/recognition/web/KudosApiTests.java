package org.rapport.recognition.web;

import java.net.http.HttpResponse;
import java.util.List;

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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kudos over real HTTP: given as the documented body, read back from the feed and per
 * person, refusals naming their field with nothing stored, and a caller who is no person
 * in IT refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=false", "rapport.admin.username=admin",
				"rapport.admin.password=keys-of-the-castle" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KudosApiTests {

	private static final String ADMIN = "admin:keys-of-the-castle";

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

	private String ada;

	private long ben;

	private long outsider;

	@BeforeAll
	void twoColleaguesAndSomeoneOutsideIt() {
		RelationshipMother mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		long it = mother.itGroup("Kudos API IT");
		long adaId = mother.itPerson("Kudos API Ada", it);
		this.ben = mother.itPerson("Kudos API Ben", it);
		this.outsider = mother.outsider("Kudos API Clerk", mother.businessUnit("Kudos API Finance"));
		mother.account("kudos-api-ada-" + mother.run(), "ada-password-1", adaId, Role.IT_STAFF);
		this.ada = "kudos-api-ada-" + mother.run() + ":ada-password-1";
	}

	@Test
	void kudosAreGivenAndReadInTheDocumentedShape() throws Exception {
		JsonApi api = new JsonApi(this.port);

		HttpResponse<String> given = api.send("POST", "/api/v1/kudos", this.ada, """
				{"recipientId": %d, "values": ["explained-clearly", "listened"],
				 "message": "Walked Finance through the outage plan."}""".formatted(this.ben));

		assertThat(given.statusCode()).as(given.body()).isEqualTo(201);
		JsonNode kudos = this.json.readTree(given.body());
		assertThat(kudos.get("recipientId").asLong()).isEqualTo(this.ben);
		assertThat(kudos.get("values").valueStream().map((value) -> value.get("key").asString()))
			.containsExactly("listened", "explained-clearly");
		assertThat(kudos.get("points").asInt()).isZero();

		JsonNode feed = this.json.readTree(api.get("/api/v1/kudos?recipientId=" + this.ben, ADMIN).body());
		assertThat(feed.get("items").get(0).get("id").asLong()).isEqualTo(kudos.get("id").asLong());
		assertThat(feed.has("next")).isTrue();
		JsonNode values = this.json.readTree(api.get("/api/v1/kudos/values", this.ada).body());
		assertThat(values.valueStream().map((value) -> value.get("key").asString())).containsExactly("listened",
				"kept-a-promise", "explained-clearly", "understood-our-business", "went-the-extra-mile");
	}

	@Test
	void badKudosAnswer400NamingTheFieldAndStoreNothing() throws Exception {
		JsonApi api = new JsonApi(this.port);
		long before = count();
		for (List<String> refused : List.of(
				List.of("{\"recipientId\": %d, \"values\": [\"listened\"], \"message\": \"Hi\"}"
					.formatted(this.outsider), "recipientId"),
				List.of("{\"recipientId\": %d, \"values\": [], \"message\": \"Hi\"}".formatted(this.ben), "values"),
				List.of("{\"recipientId\": %d, \"values\": [\"bold\"], \"message\": \"Hi\"}".formatted(this.ben),
						"values"),
				List.of("{\"recipientId\": %d, \"values\": [\"listened\"], \"message\": \"\"}".formatted(this.ben),
						"message"),
				List.of("{\"recipientId\": %d, \"values\": [\"listened\"], \"message\": \"Hi\", \"points\": 5}"
					.formatted(this.ben), "points"),
				List.of("{\"values\": [\"listened\"], \"message\": \"Hi\"}", "recipientId"))) {
			HttpResponse<String> answer = api.send("POST", "/api/v1/kudos", this.ada, refused.get(0));
			assertThat(answer.statusCode()).as(refused.get(0)).isEqualTo(400);
			assertThat(answer.body()).as(refused.get(0)).contains("\"" + refused.get(1) + "\"");
		}
		// The administrator is no one in the directory.
		HttpResponse<String> nobody = api.send("POST", "/api/v1/kudos", ADMIN,
				"{\"recipientId\": %d, \"values\": [\"listened\"], \"message\": \"Hi\"}".formatted(this.ben));
		assertThat(nobody.statusCode()).isEqualTo(409);
		assertThat(api.send("POST", "/api/v1/kudos", null, "{}").statusCode()).isEqualTo(401);
		assertThat(count()).isEqualTo(before);
	}

	private long count() {
		return SignedIn
			.asSystem(() -> this.jdbc.sql("select count(*) from recognition_kudos").query(Long.class).single());
	}

}
