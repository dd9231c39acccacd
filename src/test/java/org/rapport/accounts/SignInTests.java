package org.rapport.accounts;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in through the login form: a new session at sign-in, and the security headers
 * on every page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "rapport.demo.enabled=false",
		"rapport.admin.username=sesame", "rapport.admin.password=open-the-cave" })
class SignInTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Test
	void renewsTheSessionAtSignIn() throws Exception {
		CookieManager cookies = new CookieManager();
		HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
		HttpResponse<String> login = http.send(request("/login").build(), HttpResponse.BodyHandlers.ofString());
		String before = session(cookies);
		Matcher csrf = CSRF.matcher(login.body());
		assertThat(csrf.find()).isTrue();

		HttpResponse<String> signedIn = http
			.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("username=sesame&password=open-the-cave&_csrf="
						+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/"));
		assertThat(before).isNotNull();
		assertThat(session(cookies)).isNotNull().isNotEqualTo(before);
		HttpResponse<String> home = http.send(request("/").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("sesame");
	}

	@Test
	void sendsSecurityHeadersWithPages() throws Exception {
		HttpResponse<String> login = HttpClient.newHttpClient()
			.send(request("/login").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				(policy) -> assertThat(policy).contains("default-src 'self'").contains("frame-ancestors 'none'"));
		assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private static String session(CookieManager cookies) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("JSESSIONID"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

}
