package org.rapport.surveys.web;

import java.net.http.HttpResponse;
import java.time.LocalDate;
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
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes to one campaign or one template that arrive at once over real HTTP, each from a
 * thread of its own: two imports of earlier results into one campaign store one file's
 * rows and refuse the other, and two changes of a template copy over the same
 * {@code If-Match} make one change and refuse the other. Run on PostgreSQL, where the
 * requests really overlap, as on H2.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=false" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyConcurrencyTests {

	/** How many times each race is run, each over objects of its own. */
	private static final int ROUNDS = 5;

	private static final String HEAD = "sc-head:sc-password";

	@LocalServerPort
	int port;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	RelationshipManagement relationships;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	RelationshipMother mother;

	RelationshipMother.Sample sample;

	@BeforeAll
	void organisation() {
		this.mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		this.sample = this.mother.sample("Survey Race");
		this.mother.account("sc-head", "sc-password", this.mother.itPerson("Survey Race Head", this.sample.itGroupId()),
				Role.RELATIONSHIP_MANAGER);
	}

	@Test
	void twoImportsIntoOneCampaignAtOnceStoreOneFileAndRefuseTheOther() throws Exception {
		// Two files told apart by their scores and sizes: six nines, or four threes.
		String nines = "Score\n" + "9\n".repeat(6);
		String threes = "Score\n" + "3\n".repeat(4);
		for (int round = 0; round < ROUNDS; round++) {
			long id = this.json
				.readTree(api().send("POST", "/api/v1/campaigns", HEAD, campaign("Race " + round)).body())
				.path("id")
				.asLong();
			String imports = "/api/v1/campaigns/" + id + "/responses/imports";

			List<HttpResponse<String>> responses = api().atOnce(List.of(
					() -> api().upload(imports, HEAD, "nines.csv", nines, Map.of("mapping", "recommend=Score")),
					() -> api().upload(imports, HEAD, "threes.csv", threes, Map.of("mapping", "recommend=Score"))));

			List<Integer> statuses = responses.stream().map(HttpResponse::statusCode).toList();
			assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(201, 409);
			int winner = statuses.indexOf(201);
			int score = (winner == 0) ? 9 : 3;
			long rows = (winner == 0) ? 6 : 4;
			assertThat(this.json.readTree(responses.get(winner).body()).path("imported").asLong()).isEqualTo(rows);
			assertThat(responses.get(1 - winner).headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(this.jdbc.sql("select count(*) from surveys_response where campaign_id = :id")
				.param("id", id)
				.query(Long.class)
				.single()).as("round %d", round).isEqualTo(rows);
			assertThat(this.jdbc.sql("""
					select distinct a.score from surveys_answer a join surveys_response r on r.id = a.response_id
					where r.campaign_id = :id
					""").param("id", id).query(Integer.class).list()).containsExactly(score);
			JsonNode campaign = this.json.readTree(api().get("/api/v1/campaigns/" + id, HEAD).body());
			assertThat(campaign.path("responses").asLong()).isEqualTo(rows);
			assertThat(campaign.path("recorded").asBoolean()).isTrue();
		}
	}

	@Test
	void twoChangesOfATemplateOverTheSameETagMakeOneChangeAndRefuseTheOther() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			HttpResponse<String> copied = api().send("POST", "/api/v1/survey-templates/relationship-pulse/copies", HEAD,
					"{\"name\": \"Race pulse " + round + " " + this.mother.run() + "\"}");
			JsonNode copy = this.json.readTree(copied.body());
			String key = copy.path("key").asString();
			long version = copy.path("version").asLong();
			String etag = copied.headers().firstValue("ETag").orElseThrow();
			String path = "/api/v1/survey-templates/" + key;

			List<HttpResponse<String>> responses = api().sendAtOnce("PUT", HEAD,
					List.of(new JsonApi.Call(path, change("Race, first"), Map.of("If-Match", etag)),
							new JsonApi.Call(path, change("Race, second"), Map.of("If-Match", etag))));

			List<Integer> statuses = responses.stream().map(HttpResponse::statusCode).toList();
			assertThat(statuses).as("round %d", round).contains(200).hasSize(2);
			assertThat(statuses).as("round %d", round).containsOnlyOnce(200);
			assertThat(statuses.get(1 - statuses.indexOf(200))).as("round %d", round).isIn(409, 412);
			String won = (statuses.indexOf(200) == 0) ? "Race, first" : "Race, second";
			JsonNode read = this.json.readTree(api().get(path, HEAD).body());
			assertThat(read.path("name").asString()).isEqualTo(won);
			assertThat(read.path("version").asLong()).as("one change").isEqualTo(version + 1);
			assertThat(read.path("questions")).hasSize(2);
		}
	}

	/**
	 * The copy reworded and cut to its recommendation question, with one rating added.
	 */
	private static String change(String name) {
		return "{\"name\": \"" + name + "\", \"description\": \"Ours\", \"questions\": ["
				+ "{\"key\": \"recommend\", \"text\": \"Would you recommend our IT team?\", \"required\": true},"
				+ "{\"text\": \"How clear are IT's updates?\", \"kind\": \"RATING\", \"scaleMax\": 7}]}";
	}

	private String campaign(String name) {
		return this.json.writeValueAsString(Map.of("templateKey", "relationship-pulse", "name", name, "channel",
				"PULSE", "relationshipIds", List.of(this.sample.id()), "closesOn",
				LocalDate.now().plusDays(14).toString(), "minimumResponses", 5));
	}

	private JsonApi api() {
		return new JsonApi(this.port);
	}

}
