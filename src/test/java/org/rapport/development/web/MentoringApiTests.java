package org.rapport.development.web;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rapport.JsonApi;
import org.rapport.SignedIn;
import org.rapport.WebSession;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.PersonDraft;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mentoring over real HTTP: a programme opened, sign-ups that name their field when
 * refused, the matching run answering with its proposal, a pair in the reporting line
 * refused, publication under If-Match, and a pair's sessions read by the pair alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "rapport.demo.enabled=false",
		"rapport.admin.username=admin", "rapport.admin.password=keys-of-the-castle" })
class MentoringApiTests {

	private static final String ADMIN = "admin:keys-of-the-castle";

	private static final String PASSWORD = "api-password-1";

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	private DirectoryManagement directory;

	@Autowired
	private AccountManagement accounts;

	@Autowired
	private RelationshipManagement relationships;

	@Test
	void aProgrammeIsMatchedPublishedAndItsPairLogsSessionsOnlyThePairReads() throws Exception {
		RelationshipMother mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		String run = UUID.randomUUID().toString().substring(0, 8);
		long unit = mother.itGroup("Api Mentoring IT");
		long boss = person("Boss " + run, unit, null);
		String ada = account(mother, "api-ada-" + run, person("Ada " + run, unit, null));
		String ben = account(mother, "api-ben-" + run, person("Ben " + run, unit, boss));
		String bossLogin = account(mother, "api-boss-" + run, boss);
		String dan = account(mother, "api-dan-" + run, person("Dan " + run, unit, null));
		JsonApi api = new JsonApi(this.port);

		HttpResponse<String> created = api.send("POST", "/api/v1/mentoring/programmes", ADMIN,
				"{\"name\": \"Api mentoring " + run + "\", \"description\": \"Over HTTP.\"}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long programme = this.json.readTree(created.body()).get("id").asLong();
		assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/mentoring/programmes/" + programme);
		assertThat(this.json.readTree(api.get("/api/v1/mentoring/programmes", ada).body())
			.get("items")
			.get(0)
			.get("state")
			.asString()).isEqualTo("OPEN");
		assertThat(api.send("POST", "/api/v1/mentoring/programmes", ada, "{\"name\": \"Mine\"}").statusCode())
			.isEqualTo(403);

		String base = "/api/v1/mentoring/programmes/" + programme;
		assertThat(api.send("POST", base + "/mentors", ada, "{\"strengths\": [\"empathy\"], \"capacity\": 1}")
			.statusCode()).isEqualTo(201);
		assertThat(api.send("POST", base + "/mentors", bossLogin, "{\"strengths\": [\"empathy\"], \"capacity\": 1}")
			.statusCode()).isEqualTo(201);
		HttpResponse<String> bad = api.send("POST", base + "/mentors", dan,
				"{\"strengths\": [\"empathy\"], \"capacity\": 9}");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(field(bad)).isEqualTo("capacity");
		HttpResponse<String> twice = api.send("POST", base + "/mentors", ada,
				"{\"strengths\": [\"influence\"], \"capacity\": 1}");
		assertThat(twice.statusCode()).isEqualTo(409);
		assertThat(field(twice)).isEqualTo("role");
		HttpResponse<String> mentee = api.send("POST", base + "/mentees", ben,
				"{\"goals\": [\"empathy\", \"influence\"], \"note\": \"Calmer reviews with Sales.\"}");
		assertThat(mentee.statusCode()).as(mentee.body()).isEqualTo(201);
		assertThat(this.json.readTree(mentee.body()).get("competencies").values()).hasSize(2);

		HttpResponse<String> matched = api.send("POST", base + "/matching", ADMIN, null);
		assertThat(matched.statusCode()).as(matched.body()).isEqualTo(200);
		JsonNode proposal = this.json.readTree(matched.body());
		assertThat(proposal.get("matched").asInt()).isEqualTo(1);
		assertThat(proposal.get("totalScore").asLong()).isEqualTo(10);
		assertThat(proposal.get("unmatched").values()).isEmpty();
		JsonNode pair = proposal.get("pairs").get(0);
		assertThat(pair.get("mentorName").asString()).isEqualTo("Ada " + run);
		assertThat(pair.get("shared").get(0).asString()).isEqualTo("empathy");

		// Ben reports to Boss: refused naming the mentor, and nothing changes.
		HttpResponse<String> line = api.send("POST", base + "/pairs", ADMIN,
				"{\"menteeId\": " + pair.get("menteeId").asLong() + ", \"mentorId\": " + boss + "}");
		assertThat(line.statusCode()).isEqualTo(400);
		assertThat(field(line)).isEqualTo("mentorId");
		HttpResponse<String> unchanged = api.get(base + "/proposal", ADMIN);
		assertThat(this.json.readTree(unchanged.body()).get("pairs")).isEqualTo(proposal.get("pairs"));
		String etag = unchanged.headers().firstValue("ETag").orElseThrow();

		assertThat(api.send("POST", base + "/publication", ADMIN, null, Map.of("If-Match", "\"0\"")).statusCode())
			.isEqualTo(412);
		HttpResponse<String> published = api.send("POST", base + "/publication", ADMIN, null, Map.of("If-Match", etag));
		assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
		assertThat(this.json.readTree(published.body()).get("state").asString()).isEqualTo("PUBLISHED");
		assertThat(api.send("POST", base + "/publication", ADMIN, null).statusCode()).isEqualTo(409);

		long pairId = this.json.readTree(api.get("/api/v1/mentoring/pairs", ben).body()).get(0).get("id").asLong();
		HttpResponse<String> logged = api.send("POST", "/api/v1/mentoring/pairs/" + pairId + "/sessions", ben,
				"{\"heldOn\": \"" + LocalDate.now().minusDays(2) + "\", \"note\": \"Prepared the Sales review.\"}");
		assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
		HttpResponse<String> read = api.get("/api/v1/mentoring/pairs/" + pairId, ada);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(read.body()).get("sessions").get(0).get("note").asString())
			.isEqualTo("Prepared the Sales review.");
		assertThat(api.get("/api/v1/mentoring/pairs/" + pairId, dan).statusCode()).isEqualTo(404);
		assertThat(api.get("/api/v1/mentoring/pairs/" + pairId, ADMIN).statusCode()).isEqualTo(404);
		HttpResponse<String> noNote = api.send("POST", "/api/v1/mentoring/pairs/" + pairId + "/sessions", ada,
				"{\"heldOn\": \"" + LocalDate.now() + "\", \"note\": \"\"}");
		assertThat(noNote.statusCode()).isEqualTo(400);
		assertThat(field(noNote)).isEqualTo("note");
		// On the pair's page, a session refused keeps what was typed, its error beside
		// the
		// day.
		WebSession web = WebSession.signedIn(this.port, ben.substring(0, ben.indexOf(':')), PASSWORD);
		String sessions = "/development/mentoring/pairs/" + pairId + "/sessions";
		HttpResponse<String> refused = web.post(sessions,
				"heldOn=" + LocalDate.now().plusDays(1) + "&note=" + WebSession.encode("Typed on the page"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Give the day of the session, today or before.")
			.contains("Typed on the page")
			.contains("What you talked about");
		assertThat(web.post(sessions, "heldOn=" + LocalDate.now() + "&note=" + WebSession.encode("Typed on the page"))
			.headers()
			.firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/development/mentoring/pairs/" + pairId));
		assertThat(web.get("/development/mentoring/pairs/" + pairId).body()).contains("Typed on the page");

		HttpResponse<String> closed = api.send("POST", "/api/v1/mentoring/pairs/" + pairId + "/closure", ada,
				"{\"outcome\": \"Ben leads the Sales review on his own now.\"}",
				Map.of("If-Match", read.headers().firstValue("ETag").orElseThrow()));
		assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
		assertThat(this.json.readTree(closed.body()).get("state").asString()).isEqualTo("CLOSED");
		assertThat(this.json.readTree(api.get(base, ADMIN).body()).get("state").asString()).isEqualTo("CLOSED");
	}

	private String field(HttpResponse<String> response) {
		return this.json.readTree(response.body()).get("errors").get(0).get("field").asString();
	}

	private long person(String name, long unit, Long manager) {
		return SignedIn.asSystem(
				() -> this.directory.createPerson(new PersonDraft(name, null, null, null, unit, manager, true, null))
					.id());
	}

	private static String account(RelationshipMother mother, String login, long person) {
		mother.account(login, PASSWORD, person, Role.IT_STAFF);
		return login + ":" + PASSWORD;
	}

}
