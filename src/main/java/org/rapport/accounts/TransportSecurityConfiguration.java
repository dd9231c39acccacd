package org.rapport.accounts;

import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * HTTP Strict Transport Security when Rapport is reached over HTTPS only
 * ({@code rapport.security.hsts}, on in the {@code prod} profile). The header goes on
 * every answer of every security chain, not only on requests that Rapport itself sees as
 * secure, as a proxy in front may end TLS; browsers ignore it over plain HTTP.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("rapport.security.hsts")
class TransportSecurityConfiguration {

	static final Duration MAX_AGE = Duration.ofDays(365);

	@Bean
	Customizer<HttpSecurity> strictTransportSecurity() {
		return (http) -> http.headers((headers) -> headers
			.httpStrictTransportSecurity((hsts) -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
				.includeSubDomains(true)
				.maxAgeInSeconds(MAX_AGE.toSeconds())));
	}

}
