package org.rapport.shell.web;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.rapport.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Static files and web jars are served from their own folders, a web jar's path gets its
 * version, and a link to a page is left alone without being looked for among the static
 * files (which took the class loader once per link on every page).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "rapport.demo.enabled=false",
		"rapport.admin.username=curator", "rapport.admin.password=glass-case-keys" })
class StaticResourcesTests {

	@LocalServerPort
	int port;

	@Autowired
	ResourceUrlProvider resources;

	@Test
	void linksToPagesAreNotStaticFilesAndWebJarsGetTheirVersion() {
		assertThat(this.resources.getForLookupPath("/relationships/12")).isNull();
		assertThat(this.resources.getForLookupPath("/relationships")).isNull();
		assertThat(this.resources.getForLookupPath("/css/rapport.css")).isEqualTo("/css/rapport.css");
		assertThat(this.resources.getForLookupPath("/webjars/htmx.org/dist/htmx.min.js"))
			.matches("/webjars/htmx\\.org/\\d+\\.\\d+\\.\\d+/dist/htmx\\.min\\.js");
	}

	@Test
	void staticFilesWebJarsAndTheApiDescriptionAreServed() throws Exception {
		WebSession visitor = WebSession.signedIn(this.port, "curator", "glass-case-keys");
		HttpResponse<String> home = visitor.get("/");
		assertThat(home.body()).containsPattern("src=\"/webjars/htmx\\.org/\\d+\\.\\d+\\.\\d+/dist/htmx\\.min\\.js\"");

		assertThat(visitor.get("/css/rapport.css").headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/css"));
		assertThat(visitor.get("/js/rapport.js").statusCode()).isEqualTo(200);
		assertThat(visitor.get("/img/logo.svg").statusCode()).isEqualTo(200);
		HttpResponse<String> htmx = visitor.get(home.body().replaceAll("(?s).*src=\"(/webjars/[^\"]+)\".*", "$1"));
		assertThat(htmx.statusCode()).isEqualTo(200);
		assertThat(htmx.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((cache) -> assertThat(cache).contains("max-age=31536000"));
		assertThat(visitor.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
		assertThat(visitor.get("/css/no-such-file.css").statusCode()).isEqualTo(404);
	}

}
