package org.rapport.recognition.web;

import java.net.http.HttpResponse;
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
 * Scorecards and nominations over real HTTP: the documented shapes, who may read whose
 * scorecard, and a decision over a stale ETag refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=false", "rapport.admin.username=admin",
				"rapport.admin.password=keys-of-the-castle" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecognitionApiTests {

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

	private long ada;

	private long ben;

	private String adaCredentials;

	@BeforeAll
	void twoColleagues() {
		RelationshipMother mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		long it = mother.itGroup("Card API IT");
		this.ada = mother.itPerson("Card API Ada", it);
		this.ben = mother.itPerson("Card API Ben", it);
		mother.account("card-api-ada-" + mother.run(), "ada-password-1", this.ada, Role.IT_STAFF);
		this.adaCredentials = "card-api-ada-" + mother.run() + ":ada-password-1";
	}

	@Test
	void aScorecardAnswersInTheDocumentedShapeToThoseWhoMaySeeIt() throws Exception {
		JsonApi api = new JsonApi(this.port);

		HttpResponse<String> own = api.get("/api/v1/scorecards?period=2026-Q4&scope=person&id=" + this.ada,
				this.adaCredentials);

		assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
		JsonNode scorecard = this.json.readTree(own.body());
		assertThat(scorecard.get("period").asString()).isEqualTo("2026-Q4");
		assertThat(scorecard.get("scope").asString()).isEqualTo("PERSON");
		assertThat(scorecard.get("figures").values()).hasSize(7).allSatisfy((figure) -> {
			assertThat(figure.propertyNames()).contains("name", "value", "trend", "explanation");
			assertThat(figure.get("explanation").asString()).isNotBlank();
		});
		assertThat(api.get("/api/v1/scorecards?scope=person&id=" + this.ben, this.adaCredentials).statusCode())
			.isEqualTo(403);
		assertThat(api.get("/api/v1/scorecards?scope=person&id=" + this.ben, ADMIN).statusCode()).isEqualTo(200);
		assertThat(api.get("/api/v1/scorecards?scope=organisation", this.adaCredentials).statusCode()).isEqualTo(200);
		HttpResponse<String> noScope = api.get("/api/v1/scorecards", this.adaCredentials);
		assertThat(noScope.statusCode()).isEqualTo(400);
		assertThat(noScope.body()).contains("scope");
	}

	@Test
	void aNominationIsMadeAndADecisionOverAStaleEtagRefused() throws Exception {
		JsonApi api = new JsonApi(this.port);
		HttpResponse<String> nominated = api.send("POST", "/api/v1/nominations", this.adaCredentials,
				"{\"awardKey\": \"promise-keeper\", \"nomineeId\": %d, \"reason\": \"Kept every promise.\"}"
					.formatted(this.ben));
		assertThat(nominated.statusCode()).as(nominated.body()).isEqualTo(201);
		long id = this.json.readTree(nominated.body()).get("id").asLong();
		assertThat(api
			.send("POST", "/api/v1/nominations", this.adaCredentials,
					"{\"awardKey\": \"promise-keeper\", \"nomineeId\": %d, \"reason\": \"Again.\"}".formatted(this.ben))
			.statusCode()).isEqualTo(409);

		HttpResponse<String> stale = api.send("POST", "/api/v1/nominations/" + id + "/decision", ADMIN,
				"{\"decision\": \"DECLINED\"}", Map.of("If-Match", "\"7\""));
		assertThat(stale.statusCode()).isEqualTo(412);
		HttpResponse<String> declined = api.send("POST", "/api/v1/nominations/" + id + "/decision", ADMIN,
				"{\"decision\": \"DECLINED\", \"note\": \"Next quarter.\"}", Map.of("If-Match", "\"0\""));
		assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);
		assertThat(declined.headers().firstValue("ETag")).hasValue("\"1\"");
		assertThat(this.json.readTree(declined.body()).get("state").asString()).isEqualTo("DECLINED");
		assertThat(api
			.send("POST", "/api/v1/nominations/" + id + "/decision", this.adaCredentials,
					"{\"decision\": \"APPROVED\"}")
			.statusCode()).isEqualTo(403);
	}

}
