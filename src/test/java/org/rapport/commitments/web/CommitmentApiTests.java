package org.rapport.commitments.web;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.JsonApi;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountDraft;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.commitments.CommitmentFixtures;
import org.rapport.commitments.CommitmentManagement;
import org.rapport.directory.DirectoryFixtures;
import org.rapport.directory.DirectoryManagement;
import org.rapport.relationships.RelationshipDraft;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.Tier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Commitments over real HTTP, as several people use them at once: transitions and
 * corrections happen one after the other, and a change made over a version someone else
 * moved on is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "rapport.demo.enabled=false",
		"rapport.admin.username=root", "rapport.admin.password=deep-cellar-key" })
class CommitmentApiTests {

	private static final int PARALLEL = 20;

	private static final int PARALLEL_CORRECTIONS = 10;

	@LocalServerPort
	int port;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	RelationshipManagement relationships;

	@Autowired
	CommitmentManagement commitments;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	Clock clock;

	String owner;

	long commitment;

	long relationship;

	long keeper;

	@BeforeEach
	void commitment() {
		DirectoryFixtures people = DirectoryFixtures.of(this.directory);
		String run = people.run();
		this.owner = "keeper-" + run + ":password-" + run;
		long group = people.itGroup("Race IT");
		long legal = people.businessUnit("Race Legal");
		long keeper = people.itPerson("Keeper", group);
		this.keeper = keeper;
		this.commitment = SignedIn.asSystem(() -> {
			this.accounts
				.createAccount(new AccountDraft("keeper-" + run, "password-" + run, keeper, Set.of(Role.IT_STAFF)));
			this.relationship = this.relationships
				.establish(new RelationshipDraft(group, legal, keeper, Tier.CORE, null))
				.id();
			return new CommitmentFixtures(this.commitments)
				.make(this.relationship, "Send the contract checklist", keeper, LocalDate.now(this.clock).plusDays(7))
				.id();
		});
	}

	@Test
	void ofTwentyParallelTransitionsHalfKeptHalfBrokenExactlyOneWinsAndTheOthersGet409() throws Exception {
		List<JsonApi.Call> calls = new ArrayList<>();
		for (int i = 0; i < PARALLEL; i++) {
			String to = (i % 2 == 0) ? "KEPT" : "BROKEN";
			calls.add(new JsonApi.Call("/api/v1/commitments/" + this.commitment + "/transitions",
					"{\"to\": \"" + to + "\"}"));
		}

		List<Integer> statuses = new ArrayList<>();
		String winner = null;
		for (HttpResponse<String> response : api().sendAtOnce("POST", this.owner, calls)) {
			statuses.add(response.statusCode());
			if (response.statusCode() == 200) {
				winner = this.json.readTree(response.body()).path("state").asString();
			}
			else {
				assertThat(response.headers().firstValue("Content-Type"))
					.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			}
		}

		assertThat(statuses).filteredOn((status) -> status == 200).hasSize(1);
		assertThat(statuses).filteredOn((status) -> status == 409).hasSize(PARALLEL - 1);
		assertThat(this.jdbc.sql("select state from commitments_commitment where id = :id")
			.param("id", this.commitment)
			.query(String.class)
			.single()).isEqualTo(winner);
		awaitPublications();
		assertThat(this.jdbc.sql("""
				select action from accounts_audit_event
				where target = :target and action in ('COMMITMENT_KEPT', 'COMMITMENT_BROKEN')
				""").param("target", "commitment:" + this.commitment).query(String.class).list())
			.containsExactly("COMMITMENT_" + winner);
	}

	@Test
	void answersAnETagThatChangesWithATransitionAndRefusesOneOverAStaleETagWith412() throws Exception {
		HttpResponse<String> read = api().send("GET", "/api/v1/commitments/" + this.commitment, this.owner, null);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.headers().firstValue("ETag")).hasValue("\"0\"");

		HttpResponse<String> renegotiated = api().send("POST",
				"/api/v1/commitments/" + this.commitment + "/transitions", this.owner,
				"{\"to\": \"RENEGOTIATED\", \"dueOn\": \"" + LocalDate.now(this.clock).plusDays(30) + "\"}",
				Map.of("If-Match", "\"0\""));
		assertThat(renegotiated.statusCode()).isEqualTo(200);
		assertThat(renegotiated.headers().firstValue("ETag")).hasValue("\"1\"");

		HttpResponse<String> stale = api().send("POST", "/api/v1/commitments/" + this.commitment + "/transitions",
				this.owner, "{\"to\": \"KEPT\"}", Map.of("If-Match", "\"0\""));
		assertThat(stale.statusCode()).isEqualTo(412);
		assertThat(stale.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		HttpResponse<String> now = api().send("GET", "/api/v1/commitments/" + this.commitment, this.owner, null);
		assertThat(this.json.readTree(now.body()).path("state").asString()).isEqualTo("RENEGOTIATED");
		assertThat(now.headers().firstValue("ETag")).hasValue("\"1\"");
		assertThat(this.jdbc.sql("select count(*) from commitments_renegotiation where commitment_id = :id")
			.param("id", this.commitment)
			.query(Long.class)
			.single()).as("the renegotiation's history, written with the commitment").isEqualTo(1);

		HttpResponse<String> staleBody = api().send("POST", "/api/v1/commitments/" + this.commitment + "/transitions",
				this.owner, "{\"to\": \"KEPT\", \"version\": 0}");
		assertThat(staleBody.statusCode()).isEqualTo(409);
		assertThat(api()
			.send("POST", "/api/v1/commitments/" + this.commitment + "/transitions", this.owner,
					"{\"to\": \"KEPT\", \"version\": 1}")
			.statusCode()).isEqualTo(200);
	}

	@Test
	void refusesACommitmentDueBeforeTodayWith400NamingDueOnAndTakesOneDueToday() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		String path = "/api/v1/relationships/" + this.relationship + "/commitments";

		HttpResponse<String> past = api().send("POST", path, this.owner,
				promise("Send last week's minutes", today.minusDays(1)), Map.of("Accept", JsonApi.ACCEPT));

		assertThat(past.statusCode()).isEqualTo(400);
		assertThat(past.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(this.json.readTree(past.body()).path("errors").get(0).path("field").asString()).isEqualTo("dueOn");
		assertThat(this.json.readTree(past.body()).path("errors").get(0).path("message").asString())
			.contains("in the past");
		HttpResponse<String> due = api().send("POST", path, this.owner, promise("Send today's minutes", today));
		assertThat(due.statusCode()).isEqualTo(201);
		assertThat(this.jdbc.sql("select description from commitments_commitment where relationship_id = :id")
			.param("id", this.relationship)
			.query(String.class)
			.list()).containsExactlyInAnyOrder("Send the contract checklist", "Send today's minutes");
	}

	@Test
	void listsARelationshipsCommitmentsByDueDateInPagesWithTheCursorOfTheNext() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		String path = "/api/v1/relationships/" + this.relationship + "/commitments";
		assertThat(api().send("POST", path, this.owner, promise("Send the agenda", today.plusDays(2))).statusCode())
			.isEqualTo(201);
		assertThat(api().send("POST", path, this.owner, promise("Send the slides", today.plusDays(30))).statusCode())
			.isEqualTo(201);

		JsonNode first = this.json.readTree(api().send("GET", path + "?size=2", this.owner, null).body());
		assertThat(first.path("items").findValuesAsString("description")).containsExactly("Send the agenda",
				"Send the contract checklist");
		String next = first.path("next").asString();
		assertThat(next).isNotBlank();
		JsonNode second = this.json
			.readTree(api().send("GET", path + "?size=2&after=" + next, this.owner, null).body());
		assertThat(second.path("items").findValuesAsString("description")).containsExactly("Send the slides");
		assertThat(second.path("next").isNull()).isTrue();

		HttpResponse<String> tooMany = api().send("GET", path + "?size=201", this.owner, null);
		assertThat(tooMany.statusCode()).isEqualTo(400);
		assertThat(this.json.readTree(tooMany.body()).path("errors").get(0).path("field").asString()).isEqualTo("size");
	}

	@Test
	void aPutCorrectsAPendingCommitmentOverItsETagRefusesAStaleOneWith412AndAClosedOneWith409() throws Exception {
		String path = "/api/v1/commitments/" + this.commitment;

		HttpResponse<String> amended = api().send("PUT", path, this.owner,
				correction("Send the contract checklist and the template"), Map.of("If-Match", "\"0\""));

		assertThat(amended.statusCode()).isEqualTo(200);
		assertThat(amended.headers().firstValue("ETag")).hasValue("\"1\"");
		assertThat(this.json.readTree(amended.body()).path("description").asString())
			.isEqualTo("Send the contract checklist and the template");
		HttpResponse<String> stale = api().send("PUT", path, this.owner, correction("Send nothing"),
				Map.of("If-Match", "\"0\""));
		assertThat(stale.statusCode()).isEqualTo(412);
		assertThat(stale.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(this.json.readTree(api().send("GET", path, this.owner, null).body()).path("description").asString())
			.isEqualTo("Send the contract checklist and the template");
		awaitPublications();
		assertThat(this.jdbc.sql("select detail from accounts_audit_event where target = :target and action = :action")
			.param("target", "commitment:" + this.commitment)
			.param("action", "COMMITMENT_AMENDED")
			.query(String.class)
			.single())
			.startsWith("description=Send the contract checklist and the template; "
					+ "previousDescription=Send the contract checklist; owner=");

		assertThat(api().send("POST", path + "/transitions", this.owner, "{\"to\": \"KEPT\"}").statusCode())
			.isEqualTo(200);
		HttpResponse<String> closed = api().send("PUT", path, this.owner, correction("Send it again"),
				Map.of("If-Match", "\"2\""));
		assertThat(closed.statusCode()).isEqualTo(409);
		assertThat(this.json.readTree(closed.body()).path("detail").asString()).contains("no longer pending");
	}

	@Test
	void ofTenParallelCorrectionsOverTheSameETagExactlyOneIsStoredAndTheOthersGet412() throws Exception {
		List<JsonApi.Call> calls = new ArrayList<>();
		for (int i = 0; i < PARALLEL_CORRECTIONS; i++) {
			calls.add(new JsonApi.Call("/api/v1/commitments/" + this.commitment, correction("Correction " + i),
					Map.of("If-Match", "\"0\"")));
		}

		List<Integer> statuses = new ArrayList<>();
		String winner = null;
		for (HttpResponse<String> response : api().sendAtOnce("PUT", this.owner, calls)) {
			statuses.add(response.statusCode());
			if (response.statusCode() == 200) {
				winner = this.json.readTree(response.body()).path("description").asString();
			}
		}

		assertThat(statuses).filteredOn((status) -> status == 200).hasSize(1);
		assertThat(statuses).filteredOn((status) -> status == 412).hasSize(PARALLEL_CORRECTIONS - 1);
		assertThat(this.jdbc.sql("select description, version from commitments_commitment where id = :id")
			.param("id", this.commitment)
			.query((rs, n) -> rs.getString(1) + "@" + rs.getLong(2))
			.single()).isEqualTo(winner + "@1");
		awaitPublications();
		assertThat(
				this.jdbc.sql("select count(*) from accounts_audit_event where target = :target and action = :action")
					.param("target", "commitment:" + this.commitment)
					.param("action", "COMMITMENT_AMENDED")
					.query(Long.class)
					.single())
			.isEqualTo(1);
	}

	private String promise(String description, LocalDate dueOn) {
		return "{\"description\": \"" + description + "\", \"ownerId\": " + this.keeper + ", \"dueOn\": \"" + dueOn
				+ "\"}";
	}

	private String correction(String description) {
		return "{\"description\": \"" + description + "\", \"ownerId\": " + this.keeper + "}";
	}

	private void awaitPublications() throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (this.jdbc.sql("select count(*) from event_publication where completion_date is null")
			.query(Long.class)
			.single() > 0 && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
	}

	private JsonApi api() {
		return new JsonApi(this.port);
	}

}
