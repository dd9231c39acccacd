package org.rapport.surveys.web;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rapport.JsonApi;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.PersonDraft;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;
import org.rapport.relationships.Stance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Templates and campaigns over REST: the shipped templates by key, a campaign prepared
 * with its refusals naming the field, launched once even when launches arrive at once,
 * and only by those who steer the portfolio.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=false" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyApiTests {

	private static final String HEAD = "sv-head:sv-password";

	private static final String STAFF = "sv-staff:sv-password";

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

	RelationshipMother.Sample sample;

	@BeforeAll
	void organisation() {
		this.mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		this.sample = this.mother.sample("Survey Api");
		for (String name : List.of("Ada", "Ben", "Cy")) {
			long person = SignedIn.asSystem(
					() -> this.directory
						.createPerson(new PersonDraft(this.mother.named("Survey Api " + name), null,
								name.toLowerCase() + "." + this.mother.run() + "@example.com", null,
								this.sample.counterpartId(), null, false))
						.id());
			this.mother.stakeholder(this.sample.id(), person, Stance.NEUTRAL, null);
		}
		this.mother.account("sv-head", "sv-password", this.mother.itPerson("Survey Api Head", this.sample.itGroupId()),
				Role.RELATIONSHIP_MANAGER);
		this.mother.account("sv-staff", "sv-password", this.sample.ownerId(), Role.IT_STAFF);
	}

	@Test
	void listsTheShippedTemplatesByTheirKeys() throws Exception {
		HttpResponse<String> response = api().get("/api/v1/survey-templates", STAFF);

		assertThat(response.statusCode()).isEqualTo(200);
		List<String> keys = new ArrayList<>();
		this.json.readTree(response.body())
			.path("items")
			.forEach((template) -> keys.add(template.path("key").asString()));
		assertThat(keys).contains("relationship-pulse", "service-quality", "mirror", "maturity-check-in",
				"maturity-it-check-in", "partner-trust", "vendor-review", "vendor-rates-it");
		JsonNode pulse = this.json.readTree(api().get("/api/v1/survey-templates/relationship-pulse", STAFF).body());
		assertThat(pulse.path("questions").get(0).path("text").asString())
			.isEqualTo("How likely are you to recommend IT to a colleague?");
		assertThat(pulse.path("questions").get(0).path("scaleMax").asInt()).isEqualTo(10);
		assertThat(api().get("/api/v1/survey-templates/no-such", STAFF).statusCode()).isEqualTo(404);
	}

	@Test
	void preparesACampaignAndNamesTheFieldOfARefusal() throws Exception {
		HttpResponse<String> created = api().send("POST", "/api/v1/campaigns", HEAD, campaign("Created", 5));

		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).startsWith("/api/v1/campaigns/"));
		assertThat(created.headers().firstValue("ETag")).isPresent();
		JsonNode campaign = this.json.readTree(created.body());
		assertThat(campaign.path("state").asString()).isEqualTo("DRAFT");
		assertThat(campaign.path("channel").asString()).isEqualTo("PULSE");
		assertThat(campaign.path("minimumResponses").asInt()).isEqualTo(5);
		assertThat(campaign.path("relationshipIds").get(0).asLong()).isEqualTo(this.sample.id());
		JsonNode listed = this.json.readTree(api().get("/api/v1/campaigns?size=200", HEAD).body()).path("items");
		assertThat(listed.findValues("relationshipIds")).isNotEmpty()
			.allSatisfy((ids) -> assertThat(ids.size()).isGreaterThan(0));

		HttpResponse<String> tooSmall = api().send("POST", "/api/v1/campaigns", HEAD, campaign("Too small", 2));
		assertThat(tooSmall.statusCode()).isEqualTo(400);
		assertThat(fields(tooSmall)).containsExactly("minimumResponses");
		assertThat(api().send("POST", "/api/v1/campaigns", STAFF, campaign("Not mine", 5)).statusCode()).isEqualTo(403);
	}

	@Test
	void launchesOnceWhenLaunchesArriveAtOnce() throws Exception {
		long id = this.json.readTree(api().send("POST", "/api/v1/campaigns", HEAD, campaign("At once", 5)).body())
			.path("id")
			.asLong();

		List<HttpResponse<String>> responses = api().sendAtOnce("POST", HEAD,
				Collections.nCopies(6, new JsonApi.Call("/api/v1/campaigns/" + id + "/launch", "")));

		List<Integer> statuses = responses.stream().map(HttpResponse::statusCode).toList();
		assertThat(statuses).containsOnlyOnce(200);
		assertThat(statuses).filteredOn((status) -> status != 200).containsOnly(409);
		JsonNode launch = this.json.readTree(responses.get(statuses.indexOf(200)).body());
		assertThat(launch.path("invited").asInt()).isEqualTo(3);
		assertThat(launch.path("withoutEmail").get(0).asString()).isEqualTo(this.mother.named("Survey Api Buyer"));
		JsonNode read = this.json.readTree(api().get("/api/v1/campaigns/" + id, HEAD).body());
		assertThat(read.path("state").asString()).isEqualTo("OPEN");
		assertThat(read.path("invitations").asInt()).isEqualTo(3);
		assertThat(read.path("responses").asInt()).isZero();
	}

	@Test
	void pastResultsImportFromTheRealExportAndColumnsThatDoNotMatchStoreNothing() throws Exception {
		String csv = Files.readString(Path.of("..", "shared", "data", "nps", "makeschool_Student-Feedback-2017.csv"));
		long id = this.json
			.readTree(api().send("POST", "/api/v1/campaigns", HEAD, campaign("Survey Api earlier", 5)).body())
			.path("id")
			.asLong();
		String imports = "/api/v1/campaigns/" + id + "/responses/imports";

		HttpResponse<String> mismatched = api().upload(imports, HEAD, "feedback.csv", csv,
				Map.of("mapping", "{\"recommend\": \"Score\"}"));
		assertThat(mismatched.statusCode()).isEqualTo(400);
		assertThat(fields(mismatched)).containsExactly("mapping");
		assertThat(mismatched.body()).contains("The file has no column \\\"Score\\\"");
		assertThat(api().upload(imports, STAFF, "feedback.csv", csv, Map.of("mapping", "recommend=Rating (Num)"))
			.statusCode()).isEqualTo(403);
		assertThat(this.json.readTree(api().get("/api/v1/campaigns/" + id, HEAD).body()).path("state").asString())
			.isEqualTo("DRAFT");

		HttpResponse<String> imported = api().upload(imports, HEAD, "feedback.csv", csv,
				Map.of("mapping", "recommend=Rating (Num)\nsegment=Location", "answeredOn", "2017-08-11"));

		assertThat(imported.statusCode()).isEqualTo(201);
		JsonNode body = this.json.readTree(imported.body());
		assertThat(body.path("imported").asInt()).isEqualTo(1450);
		assertThat(body.path("rejected")).hasSize(3);
		assertThat(body.path("rejected").get(0).path("reason").asString()).endsWith("which is not a whole number.");
		assertThat(body.path("campaign").path("state").asString()).isEqualTo("CLOSED");
		JsonNode results = this.json
			.readTree(api().get("/api/v1/campaigns/" + id + "/results?groupBy=segment", HEAD).body());
		assertThat(results.path("responses").asInt()).isEqualTo(1450);
		assertThat(results.path("groups").findValuesAsString("key")).contains("San Francisco", "Hong Kong");
		JsonNode byOwner = this.json
			.readTree(api().get("/api/v1/campaigns/" + id + "/results?groupBy=owner", HEAD).body());
		assertThat(byOwner.path("groupBy").asString()).isEqualTo("owner");
		assertThat(byOwner.path("groups")).singleElement().satisfies((group) -> {
			assertThat(group.path("key").asString()).isEqualTo(String.valueOf(this.sample.ownerId()));
			assertThat(group.path("label").asString()).isEqualTo(this.mother.named("Survey Api Owner"));
			assertThat(group.path("responses").asInt()).isEqualTo(1450);
		});
		HttpResponse<String> unknown = api().get("/api/v1/campaigns/" + id + "/results?groupBy=manager", HEAD);
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(fields(unknown)).containsExactly("groupBy");
		assertThat(api().upload(imports, HEAD, "feedback.csv", csv, Map.of("mapping", "recommend=Rating (Num)"))
			.statusCode()).isEqualTo(409);
		// A pulse is no mirror: nothing to compare.
		assertThat(api().get("/api/v1/campaigns/" + id + "/mirror", HEAD).statusCode()).isEqualTo(404);
	}

	@Test
	void aTemplateIsCopiedAndItsCopyChangedOverItsETagWhileShippedOnesStayAsTheyAre() throws Exception {
		HttpResponse<String> copied = api().send("POST", "/api/v1/survey-templates/relationship-pulse/copies", HEAD,
				"{\"name\": \"Api pulse " + this.mother.run() + "\"}");
		assertThat(copied.statusCode()).isEqualTo(201);
		JsonNode copy = this.json.readTree(copied.body());
		String key = copy.path("key").asString();
		assertThat(copied.headers().firstValue("Location")).hasValue("/api/v1/survey-templates/" + key);
		String etag = copied.headers().firstValue("ETag").orElseThrow();
		String change = "{\"name\": \"Api pulse, reworded\", \"description\": \"Ours\", \"questions\": ["
				+ "{\"key\": \"recommend\", \"text\": \"Would you recommend our IT team?\", \"required\": true},"
				+ "{\"text\": \"How clear are IT's updates?\", \"kind\": \"RATING\", \"scaleMax\": 7}]}";

		HttpResponse<String> changed = api().send("PUT", "/api/v1/survey-templates/" + key, HEAD, change,
				Map.of("If-Match", etag));
		assertThat(changed.statusCode()).isEqualTo(200);
		JsonNode body = this.json.readTree(changed.body());
		assertThat(body.path("questions")).hasSize(2);
		assertThat(body.path("questions").get(1).path("scaleMax").asInt()).isEqualTo(7);
		assertThat(changed.headers().firstValue("ETag")).isPresent().isNotEqualTo(Optional.of(etag));

		assertThat(api().send("PUT", "/api/v1/survey-templates/" + key, HEAD, change, Map.of("If-Match", etag))
			.statusCode()).isEqualTo(412);
		HttpResponse<String> broken = api().send("PUT", "/api/v1/survey-templates/" + key, HEAD,
				"{\"name\": \"x\", \"questions\": [{\"text\": \"Rate\", \"kind\": \"RATING\", \"scaleMax\": 3}]}");
		assertThat(broken.statusCode()).isEqualTo(400);
		assertThat(fields(broken)).containsExactly("questions[0].scaleMax");
		assertThat(api().send("PUT", "/api/v1/survey-templates/relationship-pulse", HEAD, change).statusCode())
			.isEqualTo(409);
		assertThat(api()
			.send("POST", "/api/v1/survey-templates/relationship-pulse/copies", STAFF, "{\"name\": \"Staff copy\"}")
			.statusCode()).isEqualTo(403);
	}

	private String campaign(String name, int minimum) {
		return this.json.writeValueAsString(Map.of("templateKey", "relationship-pulse", "name", name, "channel",
				"PULSE", "relationshipIds", List.of(this.sample.id()), "closesOn",
				LocalDate.now().plusDays(14).toString(), "minimumResponses", minimum));
	}

	private List<String> fields(HttpResponse<String> response) {
		List<String> fields = new ArrayList<>();
		this.json.readTree(response.body())
			.path("errors")
			.forEach((error) -> fields.add(error.path("field").asString()));
		return fields;
	}

	private JsonApi api() {
		return new JsonApi(this.port);
	}

}
