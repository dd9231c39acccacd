package org.rapport.accounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.MovableClock;
import org.rapport.SignedIn;
import org.rapport.shared.AlreadyExistsException;
import org.rapport.shared.InvalidInputException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Administrators do not change their own roles, every path that sets a password follows
 * one rule, and an API token that has expired is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=false", "rapport.admin.username=chief",
				"rapport.admin.password=tall-ship-harbour" })
@Import(MovableClock.Configuration.class)
class AccountManagementTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	MovableClock clock;

	String run;

	long chief;

	long deputy;

	@BeforeEach
	void twoAdministrators() {
		this.run = UUID.randomUUID().toString().substring(0, 8);
		this.chief = as("chief", () -> this.accounts.currentAccount().id());
		this.deputy = as("chief",
				() -> this.accounts
					.createAccount(
							new AccountDraft("deputy-" + this.run, "quiet-river-stone", null, Set.of(Role.ADMIN)))
					.id());
	}

	@Test
	void userNamesAreUniqueWhateverTheirCase() {
		AlreadyExistsException taken = catchThrowableOfType(AlreadyExistsException.class,
				() -> as("chief", () -> this.accounts.createAccount(new AccountDraft("DEPUTY-" + this.run.toUpperCase(),
						"quiet-river-stone", null, Set.of(Role.IT_STAFF)))));

		assertThat(taken).isNotNull();
		assertThat(taken.getField()).isEqualTo("username");
		assertThat(this.users.loadUserByUsername("Deputy-" + this.run).getUsername()).isEqualTo("deputy-" + this.run);
	}

	@Test
	void anAdministratorCannotChangeTheirOwnRolesButAnotherAdministratorCan() {
		String deputy = "deputy-" + this.run;
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> as(deputy,
					() -> this.accounts.updateAccount(this.deputy, Set.of(Role.ADMIN, Role.CIO), null, true)))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("roles"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> as(deputy, () -> this.accounts.updateAccount(this.deputy, Set.of(Role.CIO), null, true)))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("roles"));
		assertThat(as(deputy, () -> this.accounts.account(this.deputy).roles())).containsExactly(Role.ADMIN);
		// Saving one's own account unchanged is fine.
		as(deputy, () -> this.accounts.updateAccount(this.deputy, Set.of(Role.ADMIN), null, true));

		assertThat(as("chief",
				() -> this.accounts.updateAccount(this.deputy, Set.of(Role.ADMIN, Role.CIO), null, true).roles()))
			.containsExactlyInAnyOrder(Role.ADMIN, Role.CIO);
	}

	@Test
	void theApiRefusesAnAdministratorsChangeOfTheirOwnRolesNamingTheField() throws Exception {
		HttpResponse<String> own = put("/api/v1/accounts/" + this.chief, "chief:tall-ship-harbour",
				"{\"roles\": [\"ADMIN\", \"CIO\"], \"enabled\": true}");
		assertThat(own.statusCode()).isEqualTo(400);
		assertThat(own.body()).contains("roles");
		assertThat(as("chief", () -> this.accounts.account(this.chief).roles())).containsExactly(Role.ADMIN);

		HttpResponse<String> other = put("/api/v1/accounts/" + this.deputy, "chief:tall-ship-harbour",
				"{\"roles\": [\"ADMIN\", \"IT_STAFF\"], \"enabled\": true}");
		assertThat(other.statusCode()).isEqualTo(200);
	}

	@Test
	void everyPathThatSetsAPasswordFollowsTheOneRule() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> as("chief",
					() -> this.accounts.createAccount(
							new AccountDraft("maria-" + this.run, "letmein123", null, Set.of(Role.IT_STAFF)))))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("password"));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> as("chief", () -> {
			this.accounts.resetPassword(this.deputy, "DEPUTY-" + this.run.toUpperCase() + "!");
			return null;
		})).satisfies((ex) -> assertThat(ex.getField()).isEqualTo("password"));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> as("deputy-" + this.run, () -> {
			this.accounts.changeOwnPassword("quiet-river-stone", "zzzzzzzzzz");
			return null;
		})).satisfies((ex) -> assertThat(ex.getField()).isEqualTo("newPassword"));
	}

	@Test
	void anExpiredTokenIsRefusedWith401() throws Exception {
		String lasting = as("chief", () -> this.accounts.createToken("lasting " + this.run));
		String monthly = as("chief",
				() -> this.accounts.createToken("monthly " + this.run, this.clock.today().plusDays(30)));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> as("chief", () -> this.accounts.createToken("past", this.clock.today())))
			.satisfies((ex) -> assertThat(ex.getField()).isEqualTo("expiresOn"));

		assertThat(bearer(monthly).statusCode()).isEqualTo(404);
		assertThat(as("chief", () -> this.accounts.tokens())).filteredOn((t) -> t.name().equals("monthly " + this.run))
			.singleElement()
			.satisfies((token) -> {
				assertThat(token.expiresOn()).isEqualTo(this.clock.today().plusDays(30));
				assertThat(token.expired()).isFalse();
			});

		this.clock.advance(Duration.ofDays(31));
		try {
			assertThat(bearer(monthly).statusCode()).isEqualTo(401);
			// A token without expiry still works; the chief's account is no one in the
			// directory, hence 404.
			assertThat(bearer(lasting).statusCode()).isEqualTo(404);
			assertThat(as("chief", () -> this.accounts.tokens()))
				.filteredOn((t) -> t.name().equals("monthly " + this.run))
				.singleElement()
				.satisfies((token) -> assertThat(token.expired()).isTrue());
		}
		finally {
			this.clock.advance(Duration.ofDays(-31));
		}
	}

	private HttpResponse<String> bearer(String token) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/people/me"))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> put(String path, String credentials, String json) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Authorization",
						"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private <T> T as(String username, Supplier<T> action) {
		return SignedIn.as(this.users, username, action);
	}

}
