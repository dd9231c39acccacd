package org.rapport.relationships.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rapport.JsonApi;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountManagement;
import org.rapport.directory.DirectoryManagement;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;
import org.rapport.relationships.Stance;
import org.rapport.relationships.StakeholderSummary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parallel changes of one stakeholder over real HTTP, each from a thread of its own
 * released at once: of those made over the same version exactly one is stored, the rest
 * are refused as stale, and none fails with a server error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=false", "rapport.admin.username=root",
				"rapport.admin.password=deep-cellar-key" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StakeholderConcurrencyTests {

	private static final int WRITERS = 10;

	private static final String ROOT = "root:deep-cellar-key";

	private static final Stance[] STANCES = Stance.values();

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

	@BeforeAll
	void organisation() {
		this.mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
	}

	@Test
	void ofTenParallelChangesOverTheSameVersionExactlyOneIsStored() throws Exception {
		RelationshipMother.Sample sample = this.mother.sample("Race");
		String path = "/api/v1/relationships/" + sample.id() + "/stakeholders/" + sample.stakeholder().id();
		long version = version(sample);

		List<HttpResponse<String>> responses = atOnce(
				(i) -> new JsonApi(this.port).send("PUT", path, ROOT, "{\"influence\": " + (i % 5 + 1)
						+ ", \"interest\": 3, \"stance\": \"" + STANCES[i % STANCES.length] + "\"}",
						Map.of("If-Match", "\"" + version + "\"")));

		assertThat(responses).extracting(HttpResponse::statusCode)
			.allSatisfy((status) -> assertThat(status).isIn(200, 409, 412));
		List<HttpResponse<String>> stored = responses.stream()
			.filter((response) -> response.statusCode() == 200)
			.toList();
		assertThat(stored).hasSize(1);
		StakeholderSummary winner = this.json.readValue(stored.get(0).body(), StakeholderSummary.class);
		StakeholderSummary now = SignedIn
			.asSystem(() -> this.relationships.stakeholder(sample.id(), sample.stakeholder().id()));
		assertThat(now.stance()).isEqualTo(winner.stance());
		assertThat(now.influence()).isEqualTo(winner.influence());
		assertThat(version(sample)).isEqualTo(version + 1);
		assertThat(stored.get(0).headers().firstValue("ETag")).hasValue("\"" + (version + 1) + "\"");
	}

	@Test
	void ofTenParallelRemovalsOfOneStakeholderOneRemovesItAndTheRestFindItGoneOrChanged() throws Exception {
		RelationshipMother.Sample sample = this.mother.sample("Race Removal");
		String path = "/api/v1/relationships/" + sample.id() + "/stakeholders/" + sample.stakeholder().id();
		long version = version(sample);

		List<HttpResponse<String>> responses = atOnce(
				(i) -> new JsonApi(this.port).send("DELETE", path, ROOT, null, Map.of()));

		assertThat(responses).extracting(HttpResponse::statusCode)
			.allSatisfy((status) -> assertThat(status).isIn(204, 404, 409));
		assertThat(responses).filteredOn((response) -> response.statusCode() == 204).hasSize(1);
		assertThat(SignedIn.asSystem(() -> this.relationships.stakeholders(sample.id()))).isEmpty();
		assertThat(version(sample)).isEqualTo(version + 1);
	}

	private long version(RelationshipMother.Sample sample) {
		return SignedIn.asSystem(() -> this.relationships.relationship(sample.id())).version();
	}

	private List<HttpResponse<String>> atOnce(Request request) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(WRITERS);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			for (int i = 0; i < WRITERS; i++) {
				int index = i;
				answers.add(threads.submit(() -> {
					start.await();
					return request.send(index);
				}));
			}
			start.countDown();
			List<HttpResponse<String>> responses = new ArrayList<>();
			for (Future<HttpResponse<String>> answer : answers) {
				responses.add(answer.get(120, TimeUnit.SECONDS));
			}
			return responses;
		}
		finally {
			threads.shutdownNow();
		}
	}

	/**
	 * The request of the {@code i}th thread.
	 */
	@FunctionalInterface
	private interface Request {

		HttpResponse<String> send(int i) throws Exception;

	}

}
