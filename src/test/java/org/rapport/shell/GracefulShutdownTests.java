package org.rapport.shell;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.rapport.RapportApplication;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the {@code prod} profile a node that is asked to stop first says it is no longer
 * ready, so the load balancer sends it nothing new, then lets the requests under way
 * finish within the drain timeout.
 */
class GracefulShutdownTests {

	@Test
	void readinessGoesDownBeforeTheWebServerDrains() {
		List<String> seen = new CopyOnWriteArrayList<>();
		ConfigurableApplicationContext context = new SpringApplicationBuilder(RapportApplication.class).profiles("prod")
			.listeners((ApplicationListener<ApplicationEvent>) (event) -> {
				if (event instanceof AvailabilityChangeEvent<?> change && change.getState() instanceof ReadinessState) {
					seen.add(String.valueOf(change.getState()));
				}
				else if (event instanceof ContextClosedEvent) {
					seen.add("closing");
				}
			})
			.run("--server.port=0", "--rapport.allow-embedded-database=true",
					"--spring.datasource.url=jdbc:h2:mem:replaced-by-the-test-database");
		assertThat(context.getEnvironment().getProperty("server.shutdown")).isEqualTo("graceful");
		assertThat(context.getEnvironment().getProperty("spring.lifecycle.timeout-per-shutdown-phase"))
			.isEqualTo("30s");
		assertThat(seen).endsWith(ReadinessState.ACCEPTING_TRAFFIC.name());

		context.close();

		assertThat(seen).containsSubsequence(ReadinessState.ACCEPTING_TRAFFIC.name(),
				ReadinessState.REFUSING_TRAFFIC.name(), "closing");
	}

}
