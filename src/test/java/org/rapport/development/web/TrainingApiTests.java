package org.rapport.development.web;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
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
 * The training catalogue over real HTTP: a course added and read with its ETag, a session
 * scheduled, a seat taken and the next person told their place on the waiting list, a
 * cancellation that gives them the seat, and refusals that name their field or say why.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "rapport.demo.enabled=false",
		"rapport.admin.username=admin", "rapport.admin.password=keys-of-the-castle" })
class TrainingApiTests {

	private static final String ADMIN = "admin:keys-of-the-castle";

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	RelationshipManagement relationships;

	@Test
	void aSeatThenTheWaitingListThenTheSeatWhenTheFirstCancels() throws Exception {
		RelationshipMother mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		long it = mother.itGroup("Api Training IT");
		String ada = "api-ada-" + mother.run();
		String ben = "api-ben-" + mother.run();
		mother.account(ada, "ada-password-1", mother.itPerson("Api Ada", it), Role.IT_STAFF);
		mother.account(ben, "ben-password-1", mother.itPerson("Api Ben", it), Role.IT_STAFF);
		String adaLogin = ada + ":ada-password-1";
		String benLogin = ben + ":ben-password-1";
		JsonApi api = new JsonApi(this.port);
		String title = mother.named("Partner interviews");
		String course = "{\"title\": \"" + title + "\", \"description\": \"Interviewing partners about their year.\", "
				+ "\"internal\": false, \"provider\": \"Northwind Learning\", \"format\": \"COURSE\", "
				+ "\"durationMinutes\": 240, \"competencies\": [\"active-listening\", \"business-understanding\"]}";

		HttpResponse<String> added = api.send("POST", "/api/v1/trainings", ADMIN, course);
		assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
		JsonNode training = this.json.readTree(added.body());
		long id = training.get("id").asLong();
		assertThat(added.headers().firstValue("Location")).hasValue("/api/v1/trainings/" + id);
		assertThat(training.get("competencies").values()).extracting(JsonNode::asString)
			.containsExactly("active-listening", "business-understanding");
		assertThat(api.send("POST", "/api/v1/trainings", adaLogin, course).statusCode()).isEqualTo(403);
		HttpResponse<String> twice = api.send("POST", "/api/v1/trainings", ADMIN, course);
		assertThat(twice.statusCode()).isEqualTo(409);
		assertThat(field(twice)).isEqualTo("title");
		HttpResponse<String> bad = api.send("POST", "/api/v1/trainings", ADMIN,
				course.replace("\"active-listening\", \"business-understanding\"", ""));
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(field(bad)).isEqualTo("competencies");

		LocalDateTime starts = LocalDateTime.now().plusDays(10).withNano(0).withSecond(0);
		HttpResponse<String> refused = api.send("POST", "/api/v1/trainings/" + id + "/sessions", ADMIN,
				"{\"startsAt\": \"" + starts + "\", \"endsAt\": \"" + starts.plusHours(4) + "\", \"capacity\": 1}");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(field(refused)).isEqualTo("location");
		HttpResponse<String> scheduled = api.send("POST", "/api/v1/trainings/" + id + "/sessions", ADMIN,
				"{\"startsAt\": \"" + starts + "\", \"endsAt\": \"" + starts.plusHours(4)
						+ "\", \"onlineLink\": \"https://meet.example.org/interviews\", \"capacity\": 1}");
		assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(201);
		long session = this.json.readTree(scheduled.body()).get("id").asLong();

		String enrol = "{\"sessionId\": " + session + "}";
		HttpResponse<String> seat = api.send("POST", "/api/v1/trainings/" + id + "/enrolments", adaLogin, enrol);
		assertThat(seat.statusCode()).as(seat.body()).isEqualTo(201);
		assertThat(this.json.readTree(seat.body()).get("state").asString()).isEqualTo("ENROLLED");
		HttpResponse<String> line = api.send("POST", "/api/v1/trainings/" + id + "/enrolments", benLogin, enrol);
		assertThat(line.statusCode()).as(line.body()).isEqualTo(201);
		JsonNode waiting = this.json.readTree(line.body());
		assertThat(waiting.get("state").asString()).isEqualTo("WAITING");
		assertThat(waiting.get("waitingPosition").asInt()).isEqualTo(1);
		HttpResponse<String> again = api.send("POST", "/api/v1/trainings/" + id + "/enrolments", adaLogin, enrol);
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(field(again)).isEqualTo("sessionId");
		assertThat(api.send("POST", "/api/v1/trainings/" + id + "/enrolments", ADMIN, enrol).statusCode())
			.as("an account linked to no one in IT")
			.isEqualTo(409);

		JsonNode full = this.json.readTree(api.get("/api/v1/trainings/" + id, benLogin).body()).get("sessions").get(0);
		assertThat(full.get("seatsLeft").asInt()).isZero();
		assertThat(full.get("waiting").asInt()).isEqualTo(1);
		assertThat(full.get("mine").get("waitingPosition").asInt()).isEqualTo(1);

		long adaEnrolment = this.json.readTree(seat.body()).get("id").asLong();
		assertThat(api
			.send("POST", "/api/v1/trainings/" + id + "/enrolments/" + adaEnrolment + "/cancellation", benLogin, null)
			.statusCode()).isEqualTo(404);
		HttpResponse<String> cancelled = api.send("POST",
				"/api/v1/trainings/" + id + "/enrolments/" + adaEnrolment + "/cancellation", adaLogin, null);
		assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
		assertThat(this.json.readTree(cancelled.body()).get("state").asString()).isEqualTo("CANCELLED");
		JsonNode mine = this.json.readTree(api.get("/api/v1/trainings/mine", benLogin).body()).get(0);
		assertThat(mine.get("state").asString()).isEqualTo("ENROLLED");

		HttpResponse<String> early = api.send("POST",
				"/api/v1/trainings/" + id + "/enrolments/" + mine.get("id").asLong() + "/attendance", ADMIN,
				"{\"attendance\": \"ATTENDED\"}");
		assertThat(early.statusCode()).isEqualTo(409);
		HttpResponse<String> roster = api.get("/api/v1/trainings/" + id + "/sessions/" + session + "/enrolments",
				ADMIN);
		assertThat(this.json.readTree(roster.body()).values()).extracting((e) -> e.get("state").asString())
			.containsExactly("ENROLLED", "CANCELLED");

		HttpResponse<String> catalogue = api.get("/api/v1/trainings?competency=business-understanding", adaLogin);
		assertThat(catalogue.statusCode()).isEqualTo(200);
		assertThat(catalogue.body()).contains(title);
		assertThat(api.get("/api/v1/trainings?competency=juggling", adaLogin).statusCode()).isEqualTo(400);

		String etag = api.get("/api/v1/trainings/" + id, ADMIN).headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> changed = api.send("PUT", "/api/v1/trainings/" + id, ADMIN, course.replace("240", "180"),
				Map.of("If-Match", etag));
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		assertThat(this.json.readTree(changed.body()).get("durationMinutes").asInt()).isEqualTo(180);
		assertThat(api.send("PUT", "/api/v1/trainings/" + id, ADMIN, course, Map.of("If-Match", etag)).statusCode())
			.isEqualTo(412);
		assertThat(api.get("/api/v1/trainings/999999", adaLogin).statusCode()).isEqualTo(404);
	}

	private String field(HttpResponse<String> response) {
		return this.json.readTree(response.body()).get("errors").get(0).get("field").asString();
	}

}
