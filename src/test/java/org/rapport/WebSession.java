package org.rapport;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one sign-in helper of the tests for Rapport's pages: a browser's session over real
 * HTTP, without a browser. It keeps its cookies, signs in through the login form, asks
 * for HTML as a browser does, and posts forms with their CSRF token (or, to show that a
 * form is refused without one, without it). Redirects are not followed, so that tests see
 * where they lead. The REST API is {@link JsonApi}'s; a real browser is
 * {@link Browser}'s.
 */
public final class WebSession {

	/** What a browser accepts when it opens a page. */
	public static final String ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";

	private static final Pattern CSRF = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(this.cookies).build();

	private String baseUrl;

	public WebSession(int port) {
		this.baseUrl = "http://localhost:" + port;
	}

	/**
	 * Opens a session and signs in, and checks that it worked.
	 * @param port the server's port
	 * @param username the user name
	 * @param password the password
	 * @return the signed-in session
	 * @throws Exception when the request cannot be sent
	 */
	public static WebSession signedIn(int port, String username, String password) throws Exception {
		WebSession session = new WebSession(port);
		HttpResponse<String> response = session.signIn(username, password);
		assertThat(response.statusCode()).as("signing in as %s", username).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).as("signing in as %s", username)
			.hasValueSatisfying((location) -> assertThat(location).doesNotContain("/login"));
		return session;
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

	/**
	 * Opens a page.
	 * @param path the page's path and query
	 * @return the answer
	 * @throws Exception when the request cannot be sent
	 */
	public HttpResponse<String> get(String path) throws Exception {
		return send("GET", path, null, false, Map.of());
	}

	/**
	 * Asks for a page's fragment, as htmx does.
	 * @param path the page's path and query
	 * @return the answer
	 * @throws Exception when the request cannot be sent
	 */
	public HttpResponse<String> htmx(String path) throws Exception {
		return send("GET", path, null, false, Map.of("HX-Request", "true"));
	}

	/**
	 * Posts a form with the CSRF token of this session.
	 * @param path the form's action
	 * @param form the form's fields, URL-encoded
	 * @return the answer
	 * @throws Exception when the request cannot be sent
	 */
	public HttpResponse<String> post(String path, String form) throws Exception {
		return send("POST", path, form, true, Map.of());
	}

	/**
	 * Sends any request.
	 * @param method the HTTP method
	 * @param path the path and query
	 * @param form the form's fields, URL-encoded, or {@code null}; ignored on {@code GET}
	 * @param csrf whether a request other than {@code GET} carries this session's CSRF
	 * token, as a form the session was shown would
	 * @param headers the headers to add, such as {@code HX-Request}
	 * @return the answer
	 * @throws Exception when the request cannot be sent
	 */
	public HttpResponse<String> send(String method, String path, String form, boolean csrf, Map<String, String> headers)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path)).header("Accept", ACCEPT);
		if (method.equals("GET")) {
			request.GET();
		}
		else {
			String body = (form != null) ? form : "";
			if (csrf) {
				body = body + (body.isEmpty() ? "" : "&") + "_csrf=" + encode(csrfToken());
			}
			request.method(method, HttpRequest.BodyPublishers.ofString(body))
				.header("Content-Type", "application/x-www-form-urlencoded");
		}
		headers.forEach(request::setHeader);
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * This session's CSRF token, read from the login page, which shows a form to anyone,
	 * signed in or not.
	 * @return the token
	 * @throws Exception when the request cannot be sent
	 */
	public String csrfToken() throws Exception {
		Matcher csrf = CSRF.matcher(get("/login").body());
		if (!csrf.find()) {
			throw new IllegalStateException("The login page carries no CSRF token");
		}
		return csrf.group(1);
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
