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
 * Coaching over real HTTP: an engagement set up by a steerer, refusals naming their
 * field, a session whose note the coach and coachee read while the steerer's, the admin's
 * and the manager's answers and pages never hold it, and an ending under If-Match that
 * happens once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "rapport.demo.enabled=false",
		"rapport.admin.username=admin", "rapport.admin.password=keys-of-the-castle" })
class CoachingApiTests {

	private static final String ADMIN = "admin:keys-of-the-castle";

	private static final String PASSWORD = "api-password-1";

	private static final String NOTE = "Rehearsed saying no to the CFO";

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
	void anEngagementLogsSessionsWhoseNotesOnlyCoachAndCoacheeRead() throws Exception {
		RelationshipMother mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		String run = UUID.randomUUID().toString().substring(0, 8);
		long unit = mother.itGroup("Api Coaching IT");
		long bossId = person("Boss " + run, unit, null);
		long adaId = person("Ada " + run, unit, bossId);
		long coachId = person("Coach " + run, unit, null);
		String boss = account(mother, "api-cboss-" + run, bossId, Role.IT_STAFF);
		String ada = account(mother, "api-cada-" + run, adaId, Role.IT_STAFF);
		String coach = account(mother, "api-ccoach-" + run, coachId, Role.IT_STAFF);
		String other = account(mother, "api-cother-" + run, person("Other " + run, unit, null), Role.IT_STAFF);
		String brm = account(mother, "api-cbrm-" + run, person("Brm " + run, unit, null), Role.RELATIONSHIP_MANAGER);
		JsonApi api = new JsonApi(this.port);

		HttpResponse<String> bad = api.send("POST", "/api/v1/coaching", brm,
				"{\"coachId\": " + adaId + ", \"coacheeId\": " + adaId + ", \"goals\": [{\"goal\": \"Grow\"}]}");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(field(bad)).isEqualTo("coacheeId");
		HttpResponse<String> noGoal = api.send("POST", "/api/v1/coaching", brm,
				"{\"coachId\": " + coachId + ", \"coacheeId\": " + adaId + ", \"goals\": []}");
		assertThat(field(noGoal)).isEqualTo("goals");
		assertThat(api
			.send("POST", "/api/v1/coaching", other,
					"{\"coachId\": " + coachId + ", \"coacheeId\": " + adaId + ", \"goals\": [{\"goal\": \"Grow\"}]}")
			.statusCode()).isEqualTo(403);

		String body = "{\"coachId\": " + coachId + ", \"coacheeId\": " + adaId
				+ ", \"goals\": [{\"competencyKey\": \"empathy\", \"goal\": \"Calmer budget talks\"}]}";
		HttpResponse<String> created = api.send("POST", "/api/v1/coaching", brm, body);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long id = this.json.readTree(created.body()).get("id").asLong();
		assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/coaching/" + id);
		HttpResponse<String> twice = api.send("POST", "/api/v1/coaching", boss, body);
		assertThat(twice.statusCode()).isEqualTo(409);
		assertThat(field(twice)).isEqualTo("coacheeId");

		String path = "/api/v1/coaching/" + id;
		HttpResponse<String> logged = api.send("POST", path + "/sessions", coach,
				"{\"heldOn\": \"" + LocalDate.now() + "\", \"note\": \"" + NOTE + "\"}");
		assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
		HttpResponse<String> noNote = api.send("POST", path + "/sessions", ada,
				"{\"heldOn\": \"" + LocalDate.now() + "\", \"note\": \" \"}");
		assertThat(noNote.statusCode()).isEqualTo(400);
		assertThat(field(noNote)).isEqualTo("note");

		HttpResponse<String> read = api.get(path, ada);
		assertThat(read.statusCode()).isEqualTo(200);
		JsonNode mine = this.json.readTree(read.body());
		assertThat(mine.get("view").asString()).isEqualTo("PARTY");
		assertThat(mine.get("sessions").get(0).get("note").asString()).isEqualTo(NOTE);

		for (String reader : new String[] { brm, ADMIN, boss }) {
			HttpResponse<String> seen = api.get(path, reader);
			assertThat(seen.statusCode()).isEqualTo(200);
			assertThat(this.json.readTree(seen.body()).get("state").asString()).isEqualTo("ACTIVE");
			assertThat(seen.body()).doesNotContain(NOTE);
			assertThat(api.get("/api/v1/coaching", reader).body()).contains("\"id\":" + id).doesNotContain(NOTE);
			String login = reader.substring(0, reader.indexOf(':'));
			String password = reader.substring(reader.indexOf(':') + 1);
			WebSession web = WebSession.signedIn(this.port, login, password);
			HttpResponse<String> page = web.get("/development/coaching/" + id);
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("Ada " + run).doesNotContain(NOTE);
			assertThat(web.get("/development/coaching").body()).contains("Ada " + run).doesNotContain(NOTE);
		}
		assertThat(this.json.readTree(api.get(path, boss).body()).get("goals").get(0).get("goal").asString())
			.isEqualTo("Calmer budget talks");
		assertThat(api.get(path, brm).body()).doesNotContain("Calmer budget talks");
		assertThat(api.get(path, other).statusCode()).isEqualTo(404);
		assertThat(api
			.send("POST", path + "/sessions", brm, "{\"heldOn\": \"" + LocalDate.now() + "\", \"note\": \"Mine\"}")
			.statusCode()).isEqualTo(404);
		WebSession coachWeb = WebSession.signedIn(this.port, "api-ccoach-" + run, PASSWORD);
		assertThat(coachWeb.get("/development/coaching/" + id).body()).contains(NOTE);
		// On the engagement's page, a session refused keeps what was typed, its error
		// beside
		// the day.
		HttpResponse<String> refused = coachWeb.post("/development/coaching/" + id + "/sessions",
				"heldOn=" + LocalDate.now().plusDays(1) + "&note=" + WebSession.encode("Typed on the page"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Give the day of the session, today or before.")
			.contains("Typed on the page")
			.contains("Private note");

		String etag = read.headers().firstValue("ETag").orElseThrow();
		assertThat(api.send("POST", path + "/outcome", coach, "{\"outcome\": \"\"}").statusCode()).isEqualTo(400);
		assertThat(api.send("POST", path + "/outcome", coach, "{\"outcome\": \"Done\"}", Map.of("If-Match", "\"99\""))
			.statusCode()).isEqualTo(412);
		HttpResponse<String> ended = api.send("POST", path + "/outcome", coach,
				"{\"outcome\": \"Ada holds her ground with the CFO.\"}", Map.of("If-Match", etag));
		assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
		assertThat(this.json.readTree(ended.body()).get("state").asString()).isEqualTo("ENDED");
		assertThat(api.send("POST", path + "/outcome", ada, "{\"outcome\": \"Again\"}").statusCode()).isEqualTo(409);
		assertThat(api
			.send("POST", path + "/sessions", ada, "{\"heldOn\": \"" + LocalDate.now() + "\", \"note\": \"Late\"}")
			.statusCode()).isEqualTo(409);
	}

	private String field(HttpResponse<String> response) {
		return this.json.readTree(response.body()).get("errors").get(0).get("field").asString();
	}

	private long person(String name, long unit, Long manager) {
		String email = name.toLowerCase().replace(' ', '.') + "@example.org";
		return SignedIn.asSystem(
				() -> this.directory.createPerson(new PersonDraft(name, null, email, null, unit, manager, true, null))
					.id());
	}

	private static String account(RelationshipMother mother, String login, long person, Role role) {
		mother.account(login, PASSWORD, person, role);
		return login + ":" + PASSWORD;
	}

}
