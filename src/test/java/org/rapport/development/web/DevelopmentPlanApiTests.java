package org.rapport.development.web;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rapport.JsonApi;
import org.rapport.SignedIn;
import org.rapport.WebSession;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.development.TrainingDraft;
import org.rapport.development.TrainingFormat;
import org.rapport.development.TrainingSessionDraft;
import org.rapport.development.Trainings;
import org.rapport.directory.DirectoryManagement;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Development plans over real HTTP: a person starts their plan with a goal, adds an
 * action and checks in; their manager lists and reads it, a colleague is told there is no
 * such plan; refusals name their field, and a goal changed over a stale ETag is refused.
 * The manager's page of the plan lists the person's trainings.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "rapport.demo.enabled=false",
		"rapport.admin.username=admin", "rapport.admin.password=keys-of-the-castle" })
class DevelopmentPlanApiTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	RelationshipManagement relationships;

	@Autowired
	Trainings trainings;

	@Autowired
	UserDetailsService users;

	@Test
	void aPersonKeepsTheirPlanTheirManagerReadsItAndAColleagueFindsNothing() throws Exception {
		RelationshipMother mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		long it = mother.itGroup("Api Plan IT");
		long managerId = mother.person("Api Plan Manager", it, true, null);
		long adaId = mother.person("Api Plan Ada", it, true, managerId);
		String manager = "api-plan-mia-" + mother.run();
		String ada = "api-plan-ada-" + mother.run();
		String cole = "api-plan-cole-" + mother.run();
		mother.account(manager, "mia-password-1", managerId, Role.IT_LEADER);
		mother.account(ada, "ada-password-1", adaId, Role.IT_STAFF);
		mother.account(cole, "cole-password-1", mother.person("Api Plan Cole", it, true, managerId), Role.IT_STAFF);
		String adaLogin = ada + ":ada-password-1";
		String miaLogin = manager + ":mia-password-1";
		String coleLogin = cole + ":cole-password-1";
		JsonApi api = new JsonApi(this.port);
		LocalDate due = LocalDate.now().plusMonths(3);

		HttpResponse<String> bad = api.send("POST", "/api/v1/development-plans", adaLogin,
				"{\"goal\": {\"competency\": \"juggling\", \"targetLevel\": 2, \"why\": \"Fun.\", \"dueOn\": \"" + due
						+ "\"}}");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(field(bad)).isEqualTo("competency");
		HttpResponse<String> started = api.send("POST", "/api/v1/development-plans", adaLogin,
				"{\"goal\": {\"competency\": \"empathy\", \"targetLevel\": 3, \"why\": \"Outages land on people.\", "
						+ "\"dueOn\": \"" + due + "\"}}");
		assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
		JsonNode plan = this.json.readTree(started.body());
		long id = plan.get("id").asLong();
		assertThat(started.headers().firstValue("Location")).hasValue("/api/v1/development-plans/" + id);
		JsonNode goal = plan.get("goals").get(0);
		long goalId = goal.get("id").asLong();
		assertThat(goal.get("competencyName").asString()).isEqualTo("Empathy");
		assertThat(api.send("POST", "/api/v1/development-plans", adaLogin, "{}").statusCode())
			.as("a plan started already")
			.isEqualTo(200);

		String goals = "/api/v1/development-plans/" + id + "/goals/" + goalId;
		HttpResponse<String> action = api.send("POST", goals + "/actions", adaLogin,
				"{\"kind\": \"COACHING\", \"description\": \"Three sessions with a coach.\"}");
		assertThat(action.statusCode()).as(action.body()).isEqualTo(201);
		HttpResponse<String> noKind = api.send("POST", goals + "/actions", adaLogin, "{\"description\": \"x\"}");
		assertThat(noKind.statusCode()).isEqualTo(400);
		assertThat(field(noKind)).isEqualTo("kind");
		HttpResponse<String> over = api.send("POST", goals + "/check-ins", adaLogin, "{\"progress\": 140}");
		assertThat(over.statusCode()).isEqualTo(400);
		assertThat(field(over)).isEqualTo("progress");
		HttpResponse<String> checkIn = api.send("POST", goals + "/check-ins", adaLogin,
				"{\"progress\": 40, \"note\": \"Practised on the Finance call.\"}");
		assertThat(checkIn.statusCode()).as(checkIn.body()).isEqualTo(201);

		// The manager lists and reads it; a colleague finds nothing.
		JsonNode listed = this.json.readTree(api.get("/api/v1/development-plans", miaLogin).body());
		assertThat(listed.values()).extracting((p) -> p.get("personId").asLong()).contains(adaId);
		HttpResponse<String> read = api.get("/api/v1/development-plans/" + id, miaLogin);
		assertThat(read.statusCode()).isEqualTo(200);
		JsonNode readGoal = this.json.readTree(read.body()).get("goals").get(0);
		assertThat(readGoal.get("progress").asInt()).isEqualTo(40);
		assertThat(readGoal.get("actions").get(0).get("kind").asString()).isEqualTo("COACHING");
		assertThat(api.send("POST", goals + "/check-ins", miaLogin, "{\"progress\": 90}").statusCode()).isEqualTo(403);
		assertThat(api.get("/api/v1/development-plans/" + id, coleLogin).statusCode()).isEqualTo(404);
		assertThat(api.send("POST", goals + "/check-ins", coleLogin, "{\"progress\": 90}").statusCode()).isEqualTo(404);
		assertThat(api.get("/api/v1/development-plans/" + id, "admin:keys-of-the-castle").statusCode()).isEqualTo(404);

		// A change over the goal's ETag, then another over the same, stale one.
		String etag = "\"" + goal.get("version").asLong() + "\"";
		String change = "{\"competency\": \"empathy\", \"targetLevel\": 4, \"why\": \"Outages land on people.\", "
				+ "\"dueOn\": \"" + due + "\", \"state\": \"OPEN\"}";
		HttpResponse<String> changed = api.send("PUT", goals, adaLogin, change, Map.of("If-Match", etag));
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		assertThat(this.json.readTree(changed.body()).get("targetLevel").asInt()).isEqualTo(4);
		assertThat(api.send("PUT", goals, adaLogin, change, Map.of("If-Match", etag)).statusCode()).isEqualTo(412);
	}

	@Test
	void theManagerSeesTheirReportsTrainingsOnTheirPlanPageAndAColleagueFindsNoPage() throws Exception {
		RelationshipMother mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		long it = mother.itGroup("Web Plan IT");
		long managerId = mother.person("Web Plan Manager", it, true, null);
		long adaId = mother.person("Web Plan Ada", it, true, managerId);
		long coleId = mother.person("Web Plan Cole", it, true, managerId);
		String manager = "web-plan-mia-" + mother.run();
		String ada = "web-plan-ada-" + mother.run();
		String cole = "web-plan-cole-" + mother.run();
		mother.account(manager, "mia-password-1", managerId, Role.IT_LEADER);
		mother.account(ada, "ada-password-1", adaId, Role.IT_STAFF);
		mother.account(cole, "cole-password-1", coleId, Role.IT_STAFF);
		String title = mother.named("Running a business review");
		long course = SignedIn
			.asSystem(() -> this.trainings.add(new TrainingDraft(title, "From agenda to actions.", true, null,
					TrainingFormat.COURSE, 240, List.of("business-understanding"), null)))
			.id();
		LocalDateTime starts = LocalDateTime.now().plusDays(10).withNano(0);
		long session = SignedIn
			.asSystem(() -> this.trainings.schedule(course,
					new TrainingSessionDraft(starts, starts.plusHours(4), "Room 2", null, 8)))
			.id();
		SignedIn.as(this.users, ada, () -> this.trainings.enrol(course, session));

		WebSession mia = WebSession.signedIn(this.port, manager, "mia-password-1");
		HttpResponse<String> page = mia.get("/development/plans/" + adaId);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Their trainings")
			.contains(title)
			.contains("/development/trainings/" + course)
			.doesNotContain("They have not enrolled in a training yet.");
		assertThat(mia.get("/development/plans/" + coleId).body()).contains("They have not enrolled in a training yet.")
			.doesNotContain(title);
		HttpResponse<String> colleague = WebSession.signedIn(this.port, cole, "cole-password-1")
			.get("/development/plans/" + adaId);
		assertThat(colleague.statusCode()).isEqualTo(404);
		assertThat(colleague.body()).doesNotContain(title);
	}

	private String field(HttpResponse<String> response) {
		return this.json.readTree(response.body()).get("errors").get(0).get("field").asString();
	}

}
