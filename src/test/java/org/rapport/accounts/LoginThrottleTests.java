package org.rapport.accounts;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.MovableClock;
import org.rapport.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Failed sign-ins delay an account's next attempts more with each failure, and slow an
 * address down briefly, without letting an attacker keep anyone out: attempts during a
 * delay are refused uncounted, a success ends the account's delay, an administrator can
 * clear it, and the audit log shows each delay that starts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=false", "rapport.admin.username=warden",
				"rapport.admin.password=gate-keeping-2042", "rapport.throttle.per-account=3",
				"rapport.throttle.delay=30s", "rapport.throttle.max-delay=5m", "rapport.throttle.per-address=5",
				"rapport.throttle.address-delay=2s", "rapport.throttle.max-address-delay=10s",
				"rapport.throttle.window=15m", "rapport.throttle.trusted-proxies=127.0.0.1" })
@Import(MovableClock.Configuration.class)
class LoginThrottleTests {

	private static final AtomicInteger addresses = new AtomicInteger();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	AuthenticationManager authentication;

	@Autowired
	AccountManagement accounts;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	String keeper;

	long keeperId;

	@BeforeEach
	void anAccount() {
		this.keeper = "keeper-" + UUID.randomUUID().toString().substring(0, 8);
		this.keeperId = SignedIn.asSystem(() -> this.accounts
			.createAccount(new AccountDraft(this.keeper, "right-horse-battery", null, Set.of(Role.IT_STAFF)))
			.id());
	}

	@Test
	void signsInWhateverTheCaseOfTheNameAndCountsFailuresOfEveryCaseAgainstTheOneAccount() {
		Authentication signedIn = this.authentication.authenticate(
				UsernamePasswordAuthenticationToken.unauthenticated(this.keeper.toUpperCase(), "right-horse-battery"));
		assertThat(signedIn.getName()).isEqualTo(this.keeper);

		String address = address();
		for (String name : new String[] { this.keeper.toUpperCase(), this.keeper, "K" + this.keeper.substring(1) }) {
			assertThatExceptionOfType(BadCredentialsException.class).isThrownBy(() -> signIn(name, "wrong", address));
		}
		// The third failure of the one account, whatever the case, costs 30 seconds.
		assertThat(delayed(this.keeper, "right-horse-battery", address()).getWait()).isEqualTo(Duration.ofSeconds(30));
		assertThat(SignedIn.withRole("warden", Role.ADMIN, () -> this.accounts.signInDelays(List.of(this.keeper))))
			.containsOnlyKeys(this.keeper);
	}

	@Test
	void delaysAnAccountLongerWithEachFailureAndRefusesAttemptsDuringTheDelayWithoutExtendingIt() {
		String address = address();
		signIn(this.keeper, "right-horse-battery", address);
		for (int failure = 1; failure <= 3; failure++) {
			assertThatExceptionOfType(BadCredentialsException.class)
				.isThrownBy(() -> signIn(this.keeper, "wrong", address));
		}
		// The third failure costs 30 seconds, even with the right password and from
		// elsewhere.
		assertThat(delayed(this.keeper, "right-horse-battery", address()).getWait()).isEqualTo(Duration.ofSeconds(30));

		this.clock.advance(Duration.ofSeconds(20));
		for (int retry = 0; retry < 5; retry++) {
			assertThat(delayed(this.keeper, "wrong", address).getWait()).isEqualTo(Duration.ofSeconds(10));
		}

		this.clock.advance(Duration.ofSeconds(10));
		assertThatExceptionOfType(BadCredentialsException.class)
			.isThrownBy(() -> signIn(this.keeper, "wrong", address));
		// The fourth failure doubles the delay; the refused retries did not count.
		assertThat(delayed(this.keeper, "right-horse-battery", address).getWait()).isEqualTo(Duration.ofSeconds(60));

		this.clock.advance(Duration.ofSeconds(60));
		signIn(this.keeper, "right-horse-battery", address);
		// A success forgets the account's failures: the next mistake costs nothing. (The
		// address keeps its own count: this would be its fifth failure.)
		String another = address();
		assertThatExceptionOfType(BadCredentialsException.class)
			.isThrownBy(() -> signIn(this.keeper, "wrong", another));
		signIn(this.keeper, "right-horse-battery", another);

		assertThat(this.jdbc.sql("""
				select detail from accounts_audit_event
				where action = 'SIGN_IN_DELAYED' and target = :target order by id
				""").param("target", "account:" + this.keeper).query(String.class).list()).hasSize(2)
			.allSatisfy((detail) -> assertThat(detail).matches("until=\\S+; failures=\\d+"));
	}

	@Test
	void slowsAnAddressDownBrieflyButNeverLocksAnotherAccountsRightPasswordOutForLong() {
		String shared = address();
		for (int failure = 1; failure <= 4; failure++) {
			String name = "guess-" + failure + "-" + this.keeper;
			assertThatExceptionOfType(BadCredentialsException.class).isThrownBy(() -> signIn(name, "wrong", shared));
		}
		signIn(this.keeper, "right-horse-battery", shared);
		assertThatExceptionOfType(BadCredentialsException.class)
			.isThrownBy(() -> signIn("guess-5-" + this.keeper, "wrong", shared));
		assertThat(delayed(this.keeper, "right-horse-battery", shared).getWait()).isEqualTo(Duration.ofSeconds(2));
		// Another address is not slowed down.
		signIn(this.keeper, "right-horse-battery", address());

		// However long the guessing goes on, the address waits at most 10 seconds.
		for (int failure = 6; failure <= 12; failure++) {
			this.clock.advance(Duration.ofSeconds(10));
			String name = "guess-" + failure + "-" + this.keeper;
			assertThatExceptionOfType(BadCredentialsException.class).isThrownBy(() -> signIn(name, "wrong", shared));
			assertThat(delayed(this.keeper, "right-horse-battery", shared).getWait())
				.isLessThanOrEqualTo(Duration.ofSeconds(10));
		}
		this.clock.advance(Duration.ofSeconds(10));
		signIn(this.keeper, "right-horse-battery", shared);
	}

	@Test
	void anAdministratorClearsAnAccountsDelayAndTheAuditLogSaysSo() {
		String address = address();
		for (int failure = 1; failure <= 3; failure++) {
			assertThatExceptionOfType(BadCredentialsException.class)
				.isThrownBy(() -> signIn(this.keeper, "wrong", address));
		}
		assertThat(SignedIn.asSystem(() -> this.accounts.signInDelays(Set.of(this.keeper, "nobody"))))
			.containsOnlyKeys(this.keeper);
		delayed(this.keeper, "right-horse-battery", address);

		SignedIn.asSystem(() -> {
			this.accounts.clearSignInDelay(this.keeperId);
			return null;
		});

		signIn(this.keeper, "right-horse-battery", address);
		assertThat(SignedIn.asSystem(() -> this.accounts.signInDelays(Set.of(this.keeper)))).isEmpty();
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(this.jdbc.sql("""
				select count(*) from accounts_audit_event
				where action = 'SIGN_IN_DELAY_CLEARED' and target = :target and actor = 'system'
				""").param("target", "account:" + this.keeperId).query(Long.class).single()).isEqualTo(1));
	}

	@Test
	void countsEveryOneOfConcurrentFailures() throws Exception {
		String address = address();
		int threads = 8;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		try {
			Future<?>[] attempts = new Future<?>[threads];
			for (int i = 0; i < threads; i++) {
				attempts[i] = pool.submit(() -> {
					start.await();
					try {
						signIn(this.keeper, "wrong", address);
					}
					catch (AuthenticationException expected) {
						// Every attempt fails, counted or refused.
					}
					return null;
				});
			}
			start.countDown();
			for (Future<?> attempt : attempts) {
				attempt.get(30, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		int counted = this.jdbc
			.sql("select failures from accounts_sign_in_throttle where kind = 'ACCOUNT' and subject = :subject")
			.param("subject", this.keeper)
			.query(Integer.class)
			.single();
		long refused = this.jdbc.sql("""
				select count(*) from accounts_audit_event
				where action = 'SIGN_IN_FAILED' and actor = :actor and detail like 'Signing in is delayed%'
				""").param("actor", this.keeper).query(Long.class).single();
		// Each attempt either checked the password and counted, or met a delay and did
		// not.
		assertThat(counted).isGreaterThanOrEqualTo(3);
		assertThat(counted + refused).isEqualTo(threads);
	}

	@Test
	void theLoginPageSaysHowLongToWaitAndTheApiAnswersRetryAfter() throws Exception {
		// The sockets are the loopback, a trusted proxy here: the forwarded address
		// counts.
		String address = address();
		for (int failure = 1; failure <= 3; failure++) {
			assertThat(basic(this.keeper + ":wrong", address).statusCode()).isEqualTo(401);
		}
		assertThat(this.jdbc.sql("""
				select distinct remote_address from accounts_audit_event
				where action = 'SIGN_IN_FAILED' and actor = :actor
				""").param("actor", this.keeper).query(String.class).list()).containsExactly(address);
		HttpResponse<String> api = basic(this.keeper + ":right-horse-battery", address());
		assertThat(api.statusCode()).isEqualTo(429);
		assertThat(api.headers().firstValue("Retry-After")).hasValue("30");

		assertThat(formSignIn(this.keeper, "right-horse-battery", address()))
			.contains("Too many failed sign-ins. Wait 30 seconds before you try again.");
		// An unknown name reads the same, so the page tells nothing of who has an
		// account.
		String ghost = "ghost-" + this.keeper;
		String elsewhere = address();
		for (int failure = 1; failure <= 3; failure++) {
			assertThat(basic(ghost + ":wrong", elsewhere).statusCode()).isEqualTo(401);
		}
		assertThat(formSignIn(ghost, "anything-at-all", address()))
			.contains("Too many failed sign-ins. Wait 30 seconds before you try again.");
	}

	private void signIn(String username, String password, String address) {
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username,
				password);
		token.setDetails(new WebAuthenticationDetails(address, null));
		assertThat(this.authentication.authenticate(token).isAuthenticated()).isTrue();
	}

	private SignInDelayedException delayed(String username, String password, String address) {
		SignInDelayedException delayed = catchThrowableOfType(SignInDelayedException.class,
				() -> signIn(username, password, address));
		assertThat(delayed).as("a delayed sign-in of %s", username).isNotNull();
		return delayed;
	}

	private static String address() {
		int next = addresses.incrementAndGet();
		return "198.51." + (next / 250) + "." + (1 + next % 250);
	}

	private HttpResponse<String> basic(String credentials, String address) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/people/me"))
				.header("X-Forwarded-For", address)
				.header("Authorization",
						"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String formSignIn(String username, String password, String address) throws Exception {
		HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		HttpResponse<String> login = http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher csrf = CSRF.matcher(login.body());
		assertThat(csrf.find()).isTrue();
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
			.header("X-Forwarded-For", address)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
					+ "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
					+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString()).body();
	}

}
