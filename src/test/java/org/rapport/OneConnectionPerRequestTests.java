package org.rapport;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rapport.accounts.AccountDraft;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.directory.DirectoryManagement;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;
import org.rapport.relationships.Tier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rapport's requests each use one database connection at a time (docs/adr/003): signing
 * in with a password, a token or a form, creating and changing a relationship, adding a
 * stakeholder, making and keeping a commitment, reading pages and disabling an account
 * (which ends the account's sessions) never take a second connection while they hold one.
 * The data source is watched ({@link WatchedConnections}), so that the test fails on the
 * first such request whatever the timing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=false", "rapport.admin.username=root",
				"rapport.admin.password=narrow-single-door" })
@Import(WatchedConnections.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OneConnectionPerRequestTests {

	private static final String ROOT = "root:narrow-single-door";

	private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

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

	@Autowired
	WatchedConnections watched;

	RelationshipMother mother;

	long network;

	long owner;

	String token;

	@BeforeAll
	void portfolio() {
		this.mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		this.network = this.mother.itGroup("Single Network");
		this.owner = this.mother.itPerson("Single Owner", this.network);
		this.mother.account("single-owner", "owner-pass-phrase", this.owner, Role.IT_STAFF);
		this.token = "Bearer "
				+ SignedIn.as(this.users, "single-owner", () -> this.accounts.createToken("single connection"));
	}

	@Test
	void theApiAnswersWithAPasswordAndWithAToken() throws Exception {
		JsonApi api = new JsonApi(this.port);
		long vendor = this.mother.vendor("Single Vendor");

		HttpResponse<String> created = api.send("POST", "/api/v1/relationships", ROOT, "{\"itGroupId\": " + this.network
				+ ", \"counterpartId\": " + vendor + ", \"ownerId\": " + this.owner + ", \"tier\": \"CORE\"}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long relationship = id(created);

		HttpResponse<String> changed = api.send("PUT", "/api/v1/relationships/" + relationship, this.token,
				"{\"itGroupId\": " + this.network + ", \"counterpartId\": " + vendor + ", \"ownerId\": " + this.owner
						+ ", \"tier\": \"TRANSACTIONAL\"}");
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);

		long person = this.mother.outsider("Single Stakeholder", vendor);
		HttpResponse<String> stakeholder = api.send("POST", "/api/v1/relationships/" + relationship + "/stakeholders",
				this.token,
				"{\"personId\": " + person + ", \"influence\": 4, \"interest\": 3, \"stance\": \"SUPPORTER\"}");
		assertThat(stakeholder.statusCode()).as(stakeholder.body()).isEqualTo(201);

		HttpResponse<String> commitment = api.send("POST", "/api/v1/relationships/" + relationship + "/commitments",
				this.token, "{\"description\": \"Send the roadmap\", \"ownerId\": " + this.owner + ", \"dueOn\": \""
						+ LocalDate.now(this.clock).plusDays(5) + "\"}");
		assertThat(commitment.statusCode()).as(commitment.body()).isEqualTo(201);
		HttpResponse<String> kept = api.send("POST", "/api/v1/commitments/" + id(commitment) + "/transitions",
				this.token, "{\"to\": \"KEPT\"}");
		assertThat(kept.statusCode()).as(kept.body()).isEqualTo(200);

		HttpResponse<String> health = api.get("/api/v1/relationships/" + relationship, ROOT);
		assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
	}

	@Test
	void parallelSignInsWaitTheirTurnForTheConnection() throws Exception {
		List<HttpResponse<String>> responses = new JsonApi(this.port).sendAtOnce("GET", ROOT,
				Collections.nCopies(6, new JsonApi.Call("/api/v1/relationships", null)));

		assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(200);
	}

	@Test
	void pagesAnswerAndDisablingAnAccountEndsItsSessions() throws Exception {
		long id = SignedIn
			.asSystem(() -> this.accounts
				.createAccount(new AccountDraft("single-staff", "staff-pass-phrase", null, Set.of(Role.IT_STAFF))))
			.id();
		WebSession staff = WebSession.signedIn(this.port, "single-staff", "staff-pass-phrase");
		assertThat(staff.get("/").statusCode()).isEqualTo(200);
		WebSession admin = WebSession.signedIn(this.port, "root", "narrow-single-door");
		List<Integer> pages = new ArrayList<>();
		for (String path : List.of("/", "/relationships", "/admin/accounts", "/account")) {
			pages.add(admin.get(path).statusCode());
		}
		assertThat(pages).containsOnly(200);

		assertThat(admin.post("/admin/accounts/" + id, "roles=IT_STAFF&_enabled=on").statusCode()).isEqualTo(302);

		assertThat(this.jdbc.sql("select count(*) from spring_session where principal_name = 'single-staff'")
			.query(Long.class)
			.single()).isZero();
		assertThat(staff.get("/account").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
	}

	@AfterEach
	void noRequestHeldTwoConnections() {
		assertThat(this.watched.drain()).as("requests that took a second connection while holding one").isEmpty();
	}

	private static long id(HttpResponse<String> response) {
		Matcher id = ID.matcher(response.body());
		assertThat(id.find()).as(response.body()).isTrue();
		return Long.parseLong(id.group(1));
	}

}
