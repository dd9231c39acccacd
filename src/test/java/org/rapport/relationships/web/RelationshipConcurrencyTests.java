package org.rapport.relationships.web;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rapport.JsonApi;
import org.rapport.SignedIn;
import org.rapport.TestDatabaseInitializer;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.directory.DirectoryManagement;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;
import org.rapport.relationships.Tier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bursts of parallel writes over real HTTP with an API token: fifty changes of one
 * relationship and fifty changes of fifty relationships all answer without a server error
 * (a request that waited for a second connection failed with 500 once the pool's timeout
 * ran out), every event publication completes, and the audit log holds each change with
 * the time it was made. Each burst prints how long it took: speed is reported, not
 * asserted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=false", "rapport.admin.username=root",
				"rapport.admin.password=deep-cellar-key" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelationshipConcurrencyTests {

	private static final int WRITERS = 50;

	private static final Tier[] TIERS = Tier.values();

	private static final int CREATORS = 12;

	private static final String ROOT = "root:deep-cellar-key";

	@LocalServerPort
	int port;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	RelationshipManagement relationships;

	@Autowired
	AccountManagement accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	long network;

	long owner;

	final List<Long> counterparts = new ArrayList<>();

	final List<Long> ids = new ArrayList<>();

	String token;

	RelationshipMother mother;

	@BeforeAll
	void portfolio() throws Exception {
		this.mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		this.network = this.mother.itGroup("Burst Network");
		this.owner = this.mother.itPerson("Burst Owner", this.network);
		for (int i = 0; i <= WRITERS; i++) {
			long vendor = this.mother.vendor("Burst Vendor " + i);
			this.counterparts.add(vendor);
			this.ids.add(this.mother.establish(this.network, vendor, this.owner, Tier.CORE).id());
		}
		this.mother.account("burst-owner", "burst-password", this.owner, Role.IT_STAFF);
		this.token = "Bearer " + SignedIn.as(this.users, "burst-owner", () -> this.accounts.createToken("burst"));
		// A few sequential writes first, so that the bursts measure concurrency rather
		// than a server's first requests.
		JsonApi api = new JsonApi(this.port);
		for (int i = 0; i < 5; i++) {
			Request request = change(WRITERS, TIERS[i % TIERS.length]);
			assertThat(api.send("PUT", request.path(), this.token, request.body()).statusCode()).isEqualTo(200);
		}
		awaitPublicationsCompleted();
	}

	@Test
	void fiftyParallelChangesOfOneRelationshipAnswerPromptlyAndLoseNothing() throws Exception {
		int index = 0;
		Map<Integer, Integer> statuses = burst("one relationship", (i) -> change(index, TIERS[i % TIERS.length]));

		// Writes that lose the race to another write of the same version are refused
		// deliberately (optimistic locking); at least one is stored.
		assertThat(statuses).containsKey(200);
		assertThat(statuses.keySet()).allSatisfy((status) -> assertThat(status).isIn(200, 409));
	}

	@Test
	void fiftyParallelChangesOfFiftyRelationshipsAnswerPromptlyAndLoseNothing() throws Exception {
		Map<Integer, Integer> statuses = burst("fifty relationships", (i) -> change(i + 1, Tier.TRANSACTIONAL));

		assertThat(statuses).containsOnlyKeys(200);
	}

	@Test
	void parallelCreatesOfOneRelationshipAnswerOneCreatedAndConflictsForTheRest() throws Exception {
		long vendor = this.mother.vendor("Burst Vendor twice");
		String body = "{\"itGroupId\": " + this.network + ", \"counterpartId\": " + vendor + ", \"ownerId\": "
				+ this.owner + ", \"tier\": \"CORE\"}";

		List<HttpResponse<String>> responses = new JsonApi(this.port).sendAtOnce("POST", ROOT,
				Collections.nCopies(CREATORS, new JsonApi.Call("/api/v1/relationships", body)));

		assertOneCreatedAndConflicts(responses, "counterpartId");
	}

	@Test
	void parallelAdditionsOfOneStakeholderAnswerOneCreatedAndConflictsForTheRest() throws Exception {
		long person = this.mother.outsider("Burst Stakeholder", this.counterparts.get(0));
		String body = "{\"personId\": " + person + ", \"influence\": 4, \"interest\": 3, \"stance\": \"SUPPORTER\"}";

		List<HttpResponse<String>> responses = new JsonApi(this.port).sendAtOnce("POST", this.token, Collections
			.nCopies(CREATORS, new JsonApi.Call("/api/v1/relationships/" + this.ids.get(0) + "/stakeholders", body)));

		assertOneCreatedAndConflicts(responses, "personId");
		assertThat(this.jdbc.sql("select count(*) from relationships_stakeholder where person_id = :person")
			.param("person", person)
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void parallelCreatesOfOneUnitOrPersonAnswerOneCreatedAndConflictsForTheRest() throws Exception {
		JsonApi api = new JsonApi(this.port);
		assertOneCreatedAndConflicts(
				api.sendAtOnce("POST", ROOT, Collections.nCopies(CREATORS,
						new JsonApi.Call("/api/v1/org-units", "{\"name\": \"Burst Twin\", \"kind\": \"VENDOR\"}"))),
				"name");
		assertOneCreatedAndConflicts(api.sendAtOnce("POST", ROOT,
				Collections.nCopies(CREATORS,
						new JsonApi.Call("/api/v1/people",
								"{\"name\": \"Burst Twin\", \"email\": \"twin@burst.example\", \"unitId\": "
										+ this.network + ", \"inIt\": true}"))),
				"email");
	}

	private void assertOneCreatedAndConflicts(List<HttpResponse<String>> responses, String field) {
		assertThat(responses).filteredOn((response) -> response.statusCode() == 201).hasSize(1);
		assertThat(responses).filteredOn((response) -> response.statusCode() != 201).allSatisfy((response) -> {
			assertThat(response.statusCode()).isEqualTo(409);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(response.body()).contains("\"field\":\"" + field + "\"").doesNotContain("Exception");
		});
	}

	private Map<Integer, Integer> burst(String what, IntFunction<Request> requests) throws Exception {
		List<JsonApi.Call> calls = new ArrayList<>();
		for (int i = 0; i < WRITERS; i++) {
			Request request = requests.apply(i);
			calls.add(new JsonApi.Call(request.path(), request.body()));
		}
		LocalDateTime from = LocalDateTime.now(this.clock).minusSeconds(1);
		long started = System.nanoTime();
		List<HttpResponse<String>> responses = new JsonApi(this.port).sendAtOnce("PUT", this.token, calls);
		long elapsed = (System.nanoTime() - started) / 1_000_000;
		LocalDateTime to = LocalDateTime.now(this.clock).plusSeconds(1);
		Map<Integer, Integer> statuses = new TreeMap<>();
		responses.forEach((response) -> statuses.merge(response.statusCode(), 1, Integer::sum));
		System.out.printf("%d parallel writes to %s on %s: %d ms, statuses %s%n", WRITERS, what,
				(TestDatabaseInitializer.postgresUrl() != null) ? "PostgreSQL" : "H2", elapsed, statuses);

		// A write that lost the race against another over the same version is refused
		// deliberately, with 409; none fails otherwise.
		assertThat(statuses.keySet())
			.allSatisfy((status) -> assertThat(status).satisfiesAnyOf((ok) -> assertThat(ok).isBetween(200, 299),
					(conflict) -> assertThat(conflict).isEqualTo(409)));
		assertThat(responses).filteredOn((response) -> response.statusCode() == 409)
			.allSatisfy((response) -> assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json")));
		assertThat(responses).anySatisfy((response) -> assertThat(response.statusCode()).isBetween(200, 299));
		awaitPublicationsCompleted();
		List<LocalDateTime> audited = this.jdbc
			.sql("select occurred_at from accounts_audit_event where actor = 'burst-owner' and occurred_at >= :from")
			.param("from", from)
			.query(LocalDateTime.class)
			.list();
		assertThat(audited).isNotEmpty().allSatisfy((at) -> assertThat(at).isBetween(from, to));
		return statuses;
	}

	private void awaitPublicationsCompleted() {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		long open;
		do {
			open = this.jdbc.sql("select count(*) from event_publication where completion_date is null")
				.query(Long.class)
				.single();
			if (open == 0) {
				return;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		while (System.nanoTime() < deadline);
		assertThat(open).as("event publications still incomplete").isZero();
	}

	private Request change(int index, Tier tier) {
		return new Request("/api/v1/relationships/" + this.ids.get(index),
				"{\"itGroupId\": " + this.network + ", \"counterpartId\": " + this.counterparts.get(index)
						+ ", \"ownerId\": " + this.owner + ", \"tier\": \"" + tier + "\"}");
	}

	private record Request(String path, String body) {
	}

}
