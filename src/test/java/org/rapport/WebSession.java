package org.rapport;

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

/**
 * A browser's session with Rapport's pages over real HTTP, without a browser: it keeps
 * its cookies, signs in through the login form and posts forms with their CSRF token.
 * Redirects are not followed, so that tests see where they lead.
 */
public final class WebSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(this.cookies).build();

	private String baseUrl;

	public WebSession(int port) {
		this.baseUrl = "http://localhost:" + port;
	}

	/**
	 * Continues this session on another server, as a load balancer may send it anywhere.
	 * @param port the other server's port
	 * @return this session
	 */
	public WebSession on(int port) {
		String previous = this.baseUrl;
		this.baseUrl = "http://localhost:" + port;
		this.cookies.getCookieStore()
			.get(URI.create(previous))
			.forEach((cookie) -> this.cookies.getCookieStore().add(URI.create(this.baseUrl), cookie));
		return this;
	}

	/**
	 * Signs in through the login form.
	 * @param username the user name
	 * @param password the password
	 * @return the answer to the sign-in: a redirect to {@code /} when it worked
	 * @throws Exception when the request cannot be sent
	 */
	public HttpResponse<String> signIn(String username, String password) throws Exception {
		return post("/login", "username=" + encode(username) + "&password=" + encode(password));
	}

	public HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(this.baseUrl + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Posts a form with the CSRF token of this session, read from the login page, which
	 * anyone may open.
	 * @param path the form's action
	 * @param form the form's fields, URL-encoded
	 * @return the answer
	 * @throws Exception when the request cannot be sent
	 */
	public HttpResponse<String> post(String path, String form) throws Exception {
		Matcher csrf = CSRF.matcher(get("/login").body());
		if (!csrf.find()) {
			throw new IllegalStateException("The login page carries no CSRF token");
		}
		return this.http.send(HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + encode(csrf.group(1))))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * The session cookie's value.
	 * @return the session id, or {@code null} before the first answer
	 */
	public String sessionId() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("JSESSIONID"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	public static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
