package org.rapport;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every test application context a database of its own: an in-memory H2 database by
 * default, or a fresh schema in the PostgreSQL database that
 * {@code rapport.test.postgres} (or the environment variable
 * {@code RAPPORT_TEST_POSTGRES}) names, such as
 * {@code jdbc:postgresql://127.0.0.1:5432/rapport_test}. Flyway builds the schema either
 * way. A schema named by {@code rapport.test.postgres.schema} is used instead of a fresh
 * one and kept between runs, so that the benchmark reuses the data it loaded.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String postgres = postgresUrl();
		String kept = System.getProperty("rapport.test.postgres.schema");
		String name = (postgres != null && kept != null && !kept.isBlank()) ? kept.strip()
				: "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		Map<String, Object> properties;
		if (postgres != null) {
			properties = Map.of("spring.datasource.url",
					postgres + (postgres.contains("?") ? "&" : "?") + "currentSchema=" + name,
					"spring.datasource.username", System.getProperty("rapport.test.postgres.user", "postgres"),
					"spring.datasource.password", "", "spring.flyway.schemas", name, "spring.flyway.create-schemas",
					"true");
		}
		else {
			// Writers of one row wait for each other, as on PostgreSQL, rather than fail
			// after H2's default of one second.
			properties = Map.of("spring.datasource.url",
					"jdbc:h2:mem:" + name
							+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000"
							+ ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE");
		}
		Map<String, Object> all = new HashMap<>(properties);
		// Surefire keeps at most six contexts (see the pom); pools of eight stay within
		// PostgreSQL's 100 connections and leave room for asynchronous listeners.
		all.put("spring.datasource.hikari.maximum-pool-size", "8");
		all.put("spring.datasource.hikari.minimum-idle", "1");
		// No time-based job runs behind a test's back; the tests of the jobs switch the
		// scheduler on.
		if (!context.getEnvironment().containsProperty("db-scheduler.enabled")) {
			all.put("db-scheduler.enabled", "false");
		}
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("rapport-test-database", all));
	}

	/**
	 * The PostgreSQL database the suite runs against, or {@code null} for H2.
	 * @return the JDBC URL
	 */
	public static String postgresUrl() {
		String url = System.getProperty("rapport.test.postgres");
		if (url == null || url.isBlank()) {
			url = System.getenv("RAPPORT_TEST_POSTGRES");
		}
		return (url == null || url.isBlank()) ? null : url.strip();
	}

}
