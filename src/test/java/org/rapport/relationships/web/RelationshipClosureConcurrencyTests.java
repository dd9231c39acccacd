package org.rapport.relationships.web;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rapport.JsonApi;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountManagement;
import org.rapport.directory.DirectoryManagement;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;
import org.rapport.relationships.RelationshipSummary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Endings and reopenings of one relationship sent at once over real HTTP, each from a
 * thread of its own released at the same moment: exactly one is stored, the others are
 * refused with 409, none fails with a server error, and the audit log holds one entry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=false", "rapport.admin.username=root",
				"rapport.admin.password=deep-cellar-key" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelationshipClosureConcurrencyTests {

	private static final String ROOT = "root:deep-cellar-key";

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

	@BeforeAll
	void organisation() {
		this.mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
	}

	@Test
	void ofTwoEndingsSentAtOnceExactlyOneIsStoredAndTheOtherIsAConflict() throws Exception {
		RelationshipMother.Sample sample = this.mother.sample("Race End");
		String path = "/api/v1/relationships/" + sample.id() + "/closure";
		long version = summary(sample).version();

		List<HttpResponse<String>> responses = endings(path, 2, Map.of());

		assertThat(responses).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
		HttpResponse<String> stored = responses.stream()
			.filter((response) -> response.statusCode() == 200)
			.findFirst()
			.orElseThrow();
		HttpResponse<String> refused = responses.stream()
			.filter((response) -> response.statusCode() == 409)
			.findFirst()
			.orElseThrow();
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		RelationshipSummary now = summary(sample);
		assertThat(now.ended()).isTrue();
		assertThat(now.endReason()).isEqualTo(this.json.readTree(stored.body()).path("endReason").asString());
		assertThat(now.version()).isEqualTo(version + 1);
		awaitAudited(sample.id(), "RELATIONSHIP_ENDED", 1);
	}

	@Test
	void ofTenEndingsOverTheSameVersionExactlyOneIsStored() throws Exception {
		RelationshipMother.Sample sample = this.mother.sample("Race Many");
		String path = "/api/v1/relationships/" + sample.id() + "/closure";
		long version = summary(sample).version();

		List<HttpResponse<String>> responses = endings(path, 10, Map.of("If-Match", "\"" + version + "\""));

		assertThat(responses).extracting(HttpResponse::statusCode)
			.allSatisfy((status) -> assertThat(status).isIn(200, 409, 412));
		assertThat(responses).filteredOn((response) -> response.statusCode() == 200).hasSize(1);
		assertThat(summary(sample).version()).isEqualTo(version + 1);
		awaitAudited(sample.id(), "RELATIONSHIP_ENDED", 1);
	}

	@Test
	void ofTwoReopeningsSentAtOnceExactlyOneIsStored() throws Exception {
		RelationshipMother.Sample sample = this.mother.sample("Race Reopen");
		String path = "/api/v1/relationships/" + sample.id() + "/closure";
		assertThat(new JsonApi(this.port).send("POST", path, ROOT, "{\"reason\": \"Merged\"}", Map.of()).statusCode())
			.isEqualTo(200);

		List<HttpResponse<String>> responses = new JsonApi(this.port).sendAtOnce("DELETE", ROOT,
				List.of(new JsonApi.Call(path, null), new JsonApi.Call(path, null)));

		assertThat(responses).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
		assertThat(summary(sample).ended()).isFalse();
		awaitAudited(sample.id(), "RELATIONSHIP_REOPENED", 1);
	}

	private RelationshipSummary summary(RelationshipMother.Sample sample) {
		return SignedIn.asSystem(() -> this.relationships.relationship(sample.id()));
	}

	private void awaitAudited(long id, String action, long count) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc
				.sql("select count(*) from accounts_audit_event where action = :action and target = :target")
				.param("action", action)
				.param("target", "relationship:" + id)
				.query(Long.class)
				.single() == count);
	}

	/**
	 * Endings of one relationship sent at once, each with a reason of its own.
	 */
	private List<HttpResponse<String>> endings(String path, int count, Map<String, String> headers) throws Exception {
		List<JsonApi.Call> calls = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			calls.add(new JsonApi.Call(path, "{\"reason\": \"Reason " + i + "\"}", headers));
		}
		return new JsonApi(this.port).sendAtOnce("POST", ROOT, calls);
	}

}
