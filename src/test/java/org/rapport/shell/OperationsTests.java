package org.rapport.shell;

import java.net.http.HttpResponse;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rapport.JsonApi;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountDraft;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operations endpoints: health for everyone, metrics for administrators only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "rapport.demo.enabled=false",
		"rapport.admin.username=operator", "rapport.admin.password=console-secret" })
class OperationsTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Test
	void healthProbesAreOpen() throws Exception {
		for (String path : new String[] { "/actuator/health", "/actuator/health/liveness",
				"/actuator/health/readiness" }) {
			HttpResponse<String> health = get(path, null);
			assertThat(health.statusCode()).as(path).isEqualTo(200);
			assertThat(health.body()).as(path).contains("\"UP\"");
		}
	}

	@Test
	void prometheusMetricsNeedAnAdministrator() throws Exception {
		SignedIn.withRole("operator", Role.ADMIN, () -> this.accounts
			.createAccount(new AccountDraft("watcher", "lookout-secret", null, Set.of(Role.IT_STAFF))));
		assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
		assertThat(get("/actuator/prometheus", "watcher:lookout-secret").statusCode()).isEqualTo(403);
		HttpResponse<String> metrics = get("/actuator/prometheus", "operator:console-secret");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("http_server_requests");
	}

	private HttpResponse<String> get(String path, String credentials) throws Exception {
		return new JsonApi(this.port).get(path, credentials);
	}

}
