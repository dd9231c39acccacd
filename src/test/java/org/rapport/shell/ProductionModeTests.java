package org.rapport.shell;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.rapport.JsonApi;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The prod profile loads no demo organisation, even when asked to, and creates the first
 * administrator from the environment.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:replaced-by-the-test-database",
				"rapport.allow-embedded-database=true", "rapport.demo.enabled=true",
				"rapport.admin.username=first-admin", "rapport.admin.password=a-long-secret" })
@ActiveProfiles("prod")
class ProductionModeTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void loadsNoDemoOrganisationAndNoDemoAccounts() throws Exception {
		assertThat(this.jdbc.sql("select count(*) from directory_person").query(Long.class).single()).isZero();
		assertThat(this.jdbc.sql("select username from accounts_account").query(String.class).list())
			.containsExactly("first-admin");
		String login = get("/login", null).body();
		assertThat(login).contains("Sign in").doesNotContain("Demo accounts");
	}

	@Test
	void firstAdministratorComesFromTheEnvironment() throws Exception {
		HttpResponse<String> leadership = get("/api/v1/leadership", "first-admin:a-long-secret");
		assertThat(leadership.statusCode()).isEqualTo(200);
		assertThat(get("/api/v1/leadership", "admin:demo").statusCode()).isEqualTo(401);
	}

	@Test
	void sessionCookieTravelsOverHttpsOnlyAndAnswersAskForHttps() throws Exception {
		HttpResponse<String> login = get("/login", null);
		assertThat(login.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("JSESSIONID=")
				.containsIgnoringCase("; Secure")
				.containsIgnoringCase("; HttpOnly")
				.containsIgnoringCase("SameSite=Lax"));
		assertThat(login.headers().firstValue("Strict-Transport-Security"))
			.hasValue("max-age=31536000 ; includeSubDomains");
		assertThat(get("/api/v1/leadership", "first-admin:a-long-secret").headers()
			.firstValue("Strict-Transport-Security")).isPresent();
	}

	private HttpResponse<String> get(String path, String credentials) throws Exception {
		return new JsonApi(this.port).get(path, credentials);
	}

}
