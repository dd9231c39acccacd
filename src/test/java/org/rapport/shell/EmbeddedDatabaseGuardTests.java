package org.rapport.shell;

import org.junit.jupiter.api.Test;

import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class EmbeddedDatabaseGuardTests {

	private final EmbeddedDatabaseGuard guard = new EmbeddedDatabaseGuard();

	@Test
	void refusesTheEmbeddedDatabaseInProductionNamingTheSetting() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:h2:file:./data/x");
		environment.setActiveProfiles("prod");
		assertThatIllegalStateException().isThrownBy(() -> this.guard.onApplicationEvent(event(environment)))
			.withMessageContaining("rapport.allow-embedded-database=true")
			.withMessageContaining("SPRING_DATASOURCE_URL");
	}

	@Test
	void refusesProductionWithoutADatabase() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", "");
		environment.setActiveProfiles("prod");
		assertThatIllegalStateException().isThrownBy(() -> this.guard.onApplicationEvent(event(environment)))
			.withMessageContaining("SPRING_DATASOURCE_URL");
	}

	@Test
	void allowsTheEmbeddedDatabaseInProductionWhenExplicitlyAllowed() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:mem:x")
			.withProperty("rapport.allow-embedded-database", "true");
		environment.setActiveProfiles("prod");
		assertThatCode(() -> this.guard.onApplicationEvent(event(environment))).doesNotThrowAnyException();
	}

	@Test
	void allowsPostgresqlInProductionAndTheEmbeddedDefaultOtherwise() {
		MockEnvironment production = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:postgresql://db/rapport");
		production.setActiveProfiles("prod");
		assertThatCode(() -> this.guard.onApplicationEvent(event(production))).doesNotThrowAnyException();
		MockEnvironment evaluation = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:h2:file:./data/x");
		assertThatCode(() -> this.guard.onApplicationEvent(event(evaluation))).doesNotThrowAnyException();
	}

	private static ApplicationEnvironmentPreparedEvent event(MockEnvironment environment) {
		return new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(), new SpringApplication(),
				new String[0], environment);
	}

}
