package org.rapport.health.web;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.JsonApi;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.directory.DirectoryManagement;
import org.rapport.health.AlertFilter;
import org.rapport.health.AlertState;
import org.rapport.health.HealthManagement;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;
import org.rapport.relationships.StakeholderDraft;
import org.rapport.relationships.Stance;
import org.rapport.relationships.Tier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acknowledgements of one alert sent at once over real HTTP, from threads of their own,
 * as two people (or a double click) would: exactly one is stored and answered 200, every
 * other is refused with 409, and the audit log holds one acknowledgement. Recomputations
 * of the relationship running at the same time leave the acknowledged alert as it is. Run
 * against PostgreSQL with {@code -Drapport.test.postgres=...}, as CI does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "rapport.demo.enabled=false",
		"rapport.admin.username=race-root", "rapport.admin.password=tide-against-the-pier" })
class AlertConcurrencyTests {

	private static final int CALLERS = 8;

	@LocalServerPort
	int port;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	RelationshipManagement relationships;

	@Autowired
	HealthManagement health;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	RelationshipMother mother;

	String username;

	String credentials;

	long relationship;

	long alert;

	@BeforeEach
	void anOpenAlert() {
		this.mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		long group = this.mother.itGroup("Race Desk");
		long owner = this.mother.itPerson("Race Owner", group);
		this.username = "race-owner-" + this.mother.run();
		String password = "two-hands-one-door-" + this.mother.run();
		this.credentials = this.username + ":" + password;
		this.mother.account(this.username, password, owner, Role.IT_STAFF);
		this.relationship = this.mother.establish(group, this.mother.vendor("Race Vendor"), owner, Tier.CORE).id();
		SignedIn.asSystem(() -> this.relationships.addStakeholder(this.relationship,
				new StakeholderDraft(null, "Dana Reyes", null, null, 5, 4, Stance.DETRACTOR, null)));
		this.alert = SignedIn.as(this.users, this.username,
				() -> this.health.alerts(AlertFilter.everyStateOf(this.relationship), null, 10).items().get(0).id());
	}

	@Test
	void ofAcknowledgementsSentAtOnceOneIsStoredAndEveryOtherIsAConflict() throws Exception {
		List<JsonApi.Call> calls = new ArrayList<>();
		for (int i = 0; i < CALLERS; i++) {
			calls.add(new JsonApi.Call("/api/v1/alerts/" + this.alert + "/acknowledgement",
					"{\"note\": \"Caller " + i + " is on it\"}", Map.of("Accept", JsonApi.ACCEPT)));
		}

		List<HttpResponse<String>> responses = new JsonApi(this.port).sendAtOnce("POST", this.credentials, calls);

		Map<Integer, Integer> statuses = new TreeMap<>();
		responses.forEach((response) -> statuses.merge(response.statusCode(), 1, Integer::sum));
		assertThat(statuses).as("statuses of %d acknowledgements at once", CALLERS)
			.isEqualTo(Map.of(200, 1, 409, CALLERS - 1));
		String winner = responses.stream()
			.filter((response) -> response.statusCode() == 200)
			.map(HttpResponse::body)
			.findFirst()
			.orElseThrow();
		String note = this.jdbc.sql("select acknowledged_note from health_alert where id = :id")
			.param("id", this.alert)
			.query(String.class)
			.single();
		assertThat(winner).contains(note);
		assertThat(this.jdbc.sql("select version from health_alert where id = :id")
			.param("id", this.alert)
			.query(Long.class)
			.single()).isEqualTo(1L);
		Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> audited() >= 1);
		assertThat(audited()).isEqualTo(1);
	}

	@Test
	void recomputationsRunningMeanwhileLeaveTheAcknowledgementAsItIs() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(4);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<?>> recomputations = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				recomputations.add(threads.submit(() -> {
					start.await();
					for (int round = 0; round < 5; round++) {
						SignedIn.asSystem(this.health::recomputeAll);
					}
					return null;
				}));
			}
			Future<HttpResponse<String>> acknowledged = threads.submit(() -> {
				start.await();
				return new JsonApi(this.port).send("POST", "/api/v1/alerts/" + this.alert + "/acknowledgement",
						this.credentials, "{\"note\": \"Lunch booked\"}");
			});
			start.countDown();
			for (Future<?> recomputation : recomputations) {
				recomputation.get(120, TimeUnit.SECONDS);
			}
			assertThat(acknowledged.get(120, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
		}
		finally {
			threads.shutdownNow();
		}

		assertThat(SignedIn.as(this.users, this.username, () -> this.health.alert(this.alert)).state())
			.isEqualTo(AlertState.ACKNOWLEDGED);
	}

	private long audited() {
		return this.jdbc
			.sql("select count(*) from accounts_audit_event where action = 'ALERT_ACKNOWLEDGED' and target = :target")
			.param("target", "alert:" + this.alert)
			.query(Long.class)
			.single();
	}

}
