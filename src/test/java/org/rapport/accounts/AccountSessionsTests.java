package org.rapport.accounts;

import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.JsonApi;
import org.rapport.SignedIn;
import org.rapport.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions live in the database and follow the account: disabling it, changing its roles
 * or its password ends its other sessions at once, and the next request of such a session
 * is sent to sign in again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "rapport.demo.enabled=false",
		"rapport.admin.username=keeper", "rapport.admin.password=quiet-harbour-lamp" })
class AccountSessionsTests {

	private static final String PASSWORD = "staff-secret-1";

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	private String username;

	private long accountId;

	@BeforeEach
	void anOrdinaryAccount() {
		this.username = "staff" + System.nanoTime();
		this.accountId = SignedIn
			.asSystem(() -> this.accounts
				.createAccount(new AccountDraft(this.username, PASSWORD, null, Set.of(Role.IT_STAFF))))
			.id();
	}

	@Test
	void disablingAnAccountEndsItsSessionButNotTheAdministrators() throws Exception {
		WebSession staff = signedIn(this.username, PASSWORD);
		WebSession admin = signedIn("keeper", "quiet-harbour-lamp");
		assertThat(staff.get("/account").statusCode()).isEqualTo(200);

		HttpResponse<String> saved = admin.post("/admin/accounts/" + this.accountId, "roles=IT_STAFF&_enabled=on");
		assertThat(saved.statusCode()).isEqualTo(302);

		assertSentToSignIn(staff.get("/account"));
		assertSentToSignIn(staff.post("/account/tokens", "name=after-disable"));
		assertThat(admin.get("/admin/accounts").statusCode()).isEqualTo(200);
		assertThat(sessionsOf(this.username)).isZero();
		assertThat(staff.signIn(this.username, PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).contains("/login?error"));
	}

	@Test
	void changingRolesEndsEverySessionOfTheAccount() throws Exception {
		WebSession first = signedIn(this.username, PASSWORD);
		WebSession second = signedIn(this.username, PASSWORD);
		assertThat(sessionsOf(this.username)).isEqualTo(2);

		SignedIn.asSystem(
				() -> this.accounts.updateAccount(this.accountId, Set.of(Role.IT_STAFF, Role.IT_LEADER), null, true));

		assertSentToSignIn(first.get("/account"));
		assertSentToSignIn(second.get("/"));
		WebSession again = signedIn(this.username, PASSWORD);
		assertThat(again.get("/account").statusCode()).isEqualTo(200);
	}

	@Test
	void changingOwnPasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
		WebSession here = signedIn(this.username, PASSWORD);
		WebSession elsewhere = signedIn(this.username, PASSWORD);

		HttpResponse<String> changed = here.post("/account/password",
				"currentPassword=" + PASSWORD + "&newPassword=another-secret-2");
		assertThat(changed.statusCode()).isEqualTo(302);

		assertThat(here.get("/account").statusCode()).isEqualTo(200);
		assertSentToSignIn(elsewhere.get("/account"));
		assertThat(sessionsOf(this.username)).isEqualTo(1);
	}

	@Test
	void resettingThePasswordEndsTheAccountsSessions() throws Exception {
		WebSession staff = signedIn(this.username, PASSWORD);

		SignedIn.asSystem(() -> {
			this.accounts.resetPassword(this.accountId, "reset-by-admin-3");
			return null;
		});

		assertSentToSignIn(staff.get("/account"));
	}

	@Test
	void aDisabledAccountsApiCallsAreRefused() throws Exception {
		JsonApi api = new JsonApi(this.port);
		String token = SignedIn.as(this.users, this.username, () -> this.accounts.createToken("script"));
		assertThat(api.send("GET", "/api/v1/leadership", this.username + ":" + PASSWORD, null).statusCode())
			.isEqualTo(200);
		assertThat(bearer("/api/v1/leadership", token).statusCode()).isEqualTo(200);

		SignedIn.asSystem(() -> this.accounts.updateAccount(this.accountId, Set.of(Role.IT_STAFF), null, false));

		assertThat(api.send("GET", "/api/v1/leadership", this.username + ":" + PASSWORD, null).statusCode())
			.isEqualTo(401);
		assertThat(bearer("/api/v1/leadership", token).statusCode()).isEqualTo(401);
	}

	private HttpResponse<String> bearer(String path, String token) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void pagesOpenedAtOnceRightAfterSigningInAllAnswer() throws Exception {
		WebSession staff = signedIn(this.username, PASSWORD);
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<HttpResponse<String>>> pages = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				pages.add(threads.submit(() -> {
					start.await();
					return staff.get("/account");
				}));
			}
			start.countDown();
			for (Future<HttpResponse<String>> page : pages) {
				// Each page holds a form, so each asks the session for its CSRF token,
				// which none has stored yet.
				assertThat(page.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(staff.get("/account").statusCode()).isEqualTo(200);
	}

	@Test
	void everythingASessionHoldsIsStoredAndReadBack() throws Exception {
		WebSession admin = signedIn("keeper", "quiet-harbour-lamp");
		// A flash attribute, a saved request and the security context, stored in the
		// database.
		admin.post("/admin/accounts/" + this.accountId, "roles=IT_STAFF&roles=IT_LEADER&_enabled=on&enabled=true");
		new WebSession(this.port).get("/relationships");

		List<byte[]> attributes = this.jdbc.sql("select attribute_bytes from spring_session_attributes")
			.query((rs, n) -> rs.getBytes(1))
			.list();
		List<String> names = this.jdbc.sql("select distinct attribute_name from spring_session_attributes")
			.query(String.class)
			.list();
		assertThat(names).contains("SPRING_SECURITY_CONTEXT", "SPRING_SECURITY_SAVED_REQUEST",
				"org.springframework.web.servlet.support.SessionFlashMapManager.FLASH_MAPS");
		for (byte[] bytes : attributes) {
			try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
				assertThat(in.readObject()).isNotNull();
			}
		}
	}

	private WebSession signedIn(String username, String password) throws Exception {
		WebSession session = new WebSession(this.port);
		HttpResponse<String> signedIn = session.signIn(username, password);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).doesNotContain("error"));
		return session;
	}

	private int sessionsOf(String username) {
		return this.jdbc.sql("select count(*) from spring_session where principal_name = :name")
			.param("name", username)
			.query(Integer.class)
			.single();
	}

	private static void assertSentToSignIn(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
	}

}
