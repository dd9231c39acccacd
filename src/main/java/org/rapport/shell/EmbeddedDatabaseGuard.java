package org.rapport.shell;

import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Keeps the {@code prod} profile off the embedded database, and says loudly when Rapport
 * runs on it. Runs before any bean is created, so nothing touches the database first.
 */
public class EmbeddedDatabaseGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedDatabaseGuard.class);

	static final String ALLOW_PROPERTY = "rapport.allow-embedded-database";

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment environment = event.getEnvironment();
		String url = environment.getProperty("spring.datasource.url", "");
		boolean production = Arrays.asList(environment.getActiveProfiles()).contains("prod");
		if (production && url.isBlank()) {
			throw new IllegalStateException("Rapport's prod profile needs a PostgreSQL database: set "
					+ "SPRING_DATASOURCE_URL (and SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD).");
		}
		if (!isEmbedded(url)) {
			return;
		}
		if (production && !environment.getProperty(ALLOW_PROPERTY, Boolean.class, false)) {
			throw new IllegalStateException("Rapport's prod profile refuses the embedded database " + url
					+ ". Set SPRING_DATASOURCE_URL to a PostgreSQL database, or set " + ALLOW_PROPERTY
					+ "=true (RAPPORT_ALLOW_EMBEDDED_DATABASE=true) to run on it anyway.");
		}
		logger.warn("""

				  ****************************************************************************
				  *  Rapport is running on its embedded H2 database ({}).
				  *  This mode is for evaluation only: use the prod profile with PostgreSQL
				  *  for real data. See the README, "Running in production".
				  ****************************************************************************
				""", url);
	}

	static boolean isEmbedded(String url) {
		return url.startsWith("jdbc:h2:") || url.startsWith("jdbc:hsqldb:") || url.startsWith("jdbc:derby:");
	}

}
