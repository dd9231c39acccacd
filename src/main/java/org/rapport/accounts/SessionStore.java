package org.rapport.accounts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions in the database write a new attribute as an upsert. Parallel requests of one
 * session, such as the pages a browser opens at once after signing in, each add the same
 * new attribute (the CSRF token); with Spring Session's plain insert all but the first
 * failed on the attribute's key with a 500.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

	private static final String H2_CREATE_SESSION_ATTRIBUTE = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)
			""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes(
			@Value("${spring.datasource.url}") String url) {
		if (url.startsWith("jdbc:postgresql:")) {
			return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
		}
		return (repository) -> repository.setCreateSessionAttributeQuery(H2_CREATE_SESSION_ATTRIBUTE);
	}

}
