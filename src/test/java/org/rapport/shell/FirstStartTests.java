package org.rapport.shell;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.rapport.JsonApi;
import org.rapport.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Started without the demo organisation and without {@code RAPPORT_ADMIN_*}, Rapport has
 * no account: the sign-in page says so and names the two variables to set (the log does
 * too). While the work of the first start runs, the server already listens: pages say
 * that Rapport is starting and readiness is down; once started it is ready.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=false" })
@Import(FirstStartTests.DuringStart.class)
class FirstStartTests {

	@Autowired
	DuringStart duringStart;

	@LocalServerPort
	int port;

	@Test
	void withoutAnyAccountTheSignInPageSaysHowToCreateTheFirst() throws Exception {
		HttpResponse<String> login = new WebSession(this.port).get("/login");

		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.body()).contains("No account exists yet")
			.contains("RAPPORT_ADMIN_USERNAME")
			.contains("RAPPORT_ADMIN_PASSWORD")
			.doesNotContain("Demo accounts");
	}

	@Test
	void whileTheFirstStartsWorkRunsPagesSayRapportIsStartingAndReadinessIsDown() {
		assertThat(this.duringStart.login.statusCode()).isEqualTo(503);
		assertThat(this.duringStart.login.body()).contains("Rapport is starting").doesNotContain("name=\"password\"");
		assertThat(this.duringStart.readiness.statusCode()).isEqualTo(503);
	}

	@Test
	void isReadyOnceStarted() throws Exception {
		HttpResponse<String> readiness = new JsonApi(this.port).get("/actuator/health/readiness", null);

		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(readiness.body()).contains("\"status\":\"UP\"");
	}

	/**
	 * Runs last of the work of the first start, as the server already listens, and asks
	 * for the sign-in page and readiness.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	@Order(Ordered.LOWEST_PRECEDENCE)
	static class DuringStart implements ApplicationRunner {

		private final Environment environment;

		HttpResponse<String> login;

		HttpResponse<String> readiness;

		DuringStart(Environment environment) {
			this.environment = environment;
		}

		@Override
		public void run(ApplicationArguments args) throws Exception {
			int port = this.environment.getRequiredProperty("local.server.port", Integer.class);
			this.login = new WebSession(port).get("/login");
			this.readiness = new JsonApi(port).get("/actuator/health/readiness", null);
		}

	}

}
