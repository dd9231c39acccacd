package org.rapport.accounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failed sign-ins are recorded in the audit log and, past the limit, lock the account out
 * for a while even with the right password.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "rapport.demo.enabled=false",
		"rapport.admin.username=keeper", "rapport.admin.password=right-password", "rapport.throttle.per-account=3" })
class LoginThrottleTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void locksAnAccountAfterTooManyFailedSignInsAndRecordsEachFailure() throws Exception {
		assertThat(call("keeper:right-password").statusCode()).isEqualTo(200);
		for (int attempt = 0; attempt < 3; attempt++) {
			assertThat(call("keeper:wrong-password").statusCode()).isEqualTo(401);
		}
		HttpResponse<String> locked = call("keeper:right-password");
		assertThat(locked.statusCode()).isEqualTo(401);
		assertThat(this.jdbc
			.sql("select count(*) from accounts_audit_event where action = 'SIGN_IN_FAILED' and actor = 'keeper'")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(3);
		assertThat(this.jdbc
			.sql("select count(*) from accounts_audit_event where action = 'SIGN_IN_FAILED' and actor = 'keeper' "
					+ "and detail like 'Too many failed sign-ins%'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private HttpResponse<String> call(String credentials) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/leadership"))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
