package org.rapport.shell.web;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Until the first start's work is done, pages say that Rapport is starting and reload
 * themselves, the API answers 503 problem+json with when to retry, and static files and
 * the actuator's probes answer as usual; afterwards every request goes through.
 */
class StartingFilterTests {

	private final StartingFilter filter = new StartingFilter(messages());

	@Test
	void aPageBeforeTheStartIsDoneSaysRapportIsStartingAndReloads() throws Exception {
		MockHttpServletResponse response = filter("/login");

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("3");
		assertThat(response.getContentType()).startsWith("text/html");
		assertThat(response.getContentAsString()).contains("<title>Rapport is starting</title>")
			.contains("<meta http-equiv=\"refresh\" content=\"3\">")
			.contains("/css/rapport.css")
			.doesNotContain("name=\"password\"");
	}

	@Test
	void anApiCallBeforeTheStartIsDoneGets503ProblemJson() throws Exception {
		MockHttpServletResponse response = filter("/api/v1/relationships");

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("3");
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"status\":503").contains("Rapport is getting ready");
	}

	@Test
	void staticFilesAndProbesAnswerWhileStarting() throws Exception {
		for (String path : new String[] { "/css/rapport.css", "/img/logo.svg",
				"/webjars/htmx.org/2.0.4/dist/htmx.min.js", "/actuator/health/readiness" }) {
			assertThat(passes(path)).as(path).isTrue();
		}
		assertThat(passes("/")).isFalse();
	}

	@Test
	void everyRequestGoesThroughOnceStarted() throws Exception {
		this.filter.onApplicationEvent(mock(ApplicationReadyEvent.class));

		assertThat(passes("/login")).isTrue();
		assertThat(passes("/api/v1/relationships")).isTrue();
	}

	private MockHttpServletResponse filter(String path) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(new MockHttpServletRequest("GET", path), response, new MockFilterChain());
		return response;
	}

	private boolean passes(String path) throws Exception {
		MockFilterChain chain = new MockFilterChain();
		this.filter.doFilter(new MockHttpServletRequest("GET", path), new MockHttpServletResponse(), chain);
		return chain.getRequest() != null;
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		return messages;
	}

}
