package org.rapport.accounts;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.http.HttpServletResponse;
import org.rapport.shared.RoleGroup;
import org.rapport.shared.web.Problems;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two security chains: the REST API, stateless with HTTP Basic or a bearer API token, and
 * the web pages with form login, sessions renewed at sign-in and CSRF on every state
 * change. Both share the throttled authentication and the security headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(AccountSettings.class)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** Swagger UI sets styles inline; it gets its own, looser policy. */
	static final String SWAGGER_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(AccountUserDetailsService users, PasswordEncoder passwordEncoder,
			SignInThrottles throttles, AuditLog audit, Clock clock, AccountSettings settings,
			AuthenticationEventPublisher events) {
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
		dao.setPasswordEncoder(passwordEncoder);
		AuthenticationProvider throttled = new LoginThrottle(dao, throttles, audit, clock, settings.throttle());
		ProviderManager manager = new ProviderManager(throttled);
		// Sign-ins and failed sign-ins reach the audit log as events.
		manager.setAuthenticationEventPublisher(events);
		return manager;
	}

	@Bean
	ClientAddress clientAddress(AccountSettings settings) {
		return new ClientAddress(settings.throttle().trustedProxies());
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, AuthenticationManager authenticationManager, JdbcClient jdbc,
			AccountRepository accounts, ClientAddress clientAddress, Clock clock) throws Exception {
		http.securityMatcher("/api/**")
			.authenticationManager(authenticationManager)
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers(HttpMethod.POST, "/api/v1/people/**", "/api/v1/org-units/**")
				.hasRole("ADMIN")
				.requestMatchers(HttpMethod.PUT, "/api/v1/people/**", "/api/v1/org-units/**")
				.hasRole("ADMIN")
				.requestMatchers(HttpMethod.POST, "/api/v1/service-metrics/imports/**",
						"/api/v1/service-metrics/availability/**", "/api/v1/service-metrics/attribution-rules/**")
				.hasRole("ADMIN")
				.requestMatchers(HttpMethod.DELETE, "/api/v1/service-metrics/attribution-rules/**")
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated())
			.httpBasic((basic) -> basic.authenticationDetailsSource(clientAddress)
				.authenticationEntryPoint((request, response, ex) -> {
					if (ex instanceof SignInDelayedException delayed) {
						response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(delayed.getWait().toSeconds()));
						problem(response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins: wait "
								+ delayed.getWait().toSeconds() + " seconds before trying again", false);
						return;
					}
					problem(response, HttpStatus.UNAUTHORIZED,
							"Sign in with HTTP Basic " + "or an API token (Authorization: Bearer)", true);
				}))
			.addFilterBefore(new ApiTokenFilter(jdbc, accounts, clock), BasicAuthenticationFilter.class)
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// No cookies identify API callers, so there is no cross-site request to
			// forge.
			.csrf((csrf) -> csrf.disable())
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint((request, response, ex) -> problem(response, HttpStatus.UNAUTHORIZED,
						"Sign in with HTTP Basic or an API token (Authorization: Bearer)", true))
				.accessDeniedHandler((request, response, ex) -> problem(response, HttpStatus.FORBIDDEN,
						"Your role does not allow this", false)))
			.headers(
					(headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
		return http.build();
	}

	/**
	 * Operations: health is open to load balancers; metrics and the rest need an
	 * administrator, who may also sign in with HTTP Basic so that a Prometheus server can
	 * scrape.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain actuatorChain(HttpSecurity http, AuthenticationManager authenticationManager,
			ClientAddress clientAddress) throws Exception {
		http.securityMatcher("/actuator/**")
			.authenticationManager(authenticationManager)
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.anyRequest()
				.hasRole("ADMIN"))
			.httpBasic((basic) -> basic.realmName("Rapport").authenticationDetailsSource(clientAddress))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Read-only endpoints without cookies: no cross-site request to forge.
			.csrf((csrf) -> csrf.disable())
			.headers(
					(headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain webChain(HttpSecurity http, AuthenticationManager authenticationManager,
			ClientAddress clientAddress) throws Exception {
		RequestMatcher swagger = (request) -> request.getRequestURI().startsWith("/swagger-ui");
		http.authenticationManager(authenticationManager)
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/login", "/css/**", "/img/**", "/webjars/**", "/js/**", "/favicon.ico", "/error",
						"/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui/**", "/swagger-ui.html")
				.permitAll()
				// Survey, praise and 360 links: respondents have no account, the token is
				// their key.
				.requestMatchers("/s/*", "/praise/*", "/f/*")
				.permitAll()
				.requestMatchers("/admin/**", "/imports/**", "/people/new", "/people/*/edit", "/units/new",
						"/units/*/edit", "/service-metrics/imports/**", "/service-metrics/attribution/**")
				.hasRole("ADMIN")
				.requestMatchers(HttpMethod.POST, "/people/**", "/units/**")
				.hasRole("ADMIN")
				.requestMatchers(HttpMethod.POST, "/leadership")
				.hasAnyRole(RoleGroup.LEADERSHIP.roles())
				.requestMatchers("/relationships/new", "/relationships/*/owner", "/surveys/new", "/surveys/*/launch",
						"/surveys/*/close", "/surveys/*/imports")
				.hasAnyRole(RoleGroup.PORTFOLIO.roles())
				.requestMatchers(HttpMethod.POST, "/surveys/templates/**")
				.hasAnyRole(RoleGroup.PORTFOLIO.roles())
				.requestMatchers("/surveys/templates/**")
				.hasAnyRole(RoleGroup.OVERSIGHT.roles())
				.anyRequest()
				.authenticated())
			.formLogin((form) -> form.loginPage("/login")
				.authenticationDetailsSource(clientAddress)
				.defaultSuccessUrl("/", true)
				.failureUrl("/login?error"))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.addHeaderWriter((request, response) -> {
					if (swagger.matches(request)) {
						response.setHeader("Content-Security-Policy", SWAGGER_CONTENT_SECURITY_POLICY);
					}
				}));
		return http.build();
	}

	static void problem(HttpServletResponse response, HttpStatus status, String detail, boolean challenge)
			throws IOException {
		if (challenge) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"Rapport\", Bearer");
		}
		Problems.write(response, status, detail);
	}

}
