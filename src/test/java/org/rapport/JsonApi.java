package org.rapport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Calls Rapport's REST API over real HTTP with HTTP Basic or an API token, sending and
 * receiving JSON.
 */
public final class JsonApi {

	private static final HttpClient http = HttpClient.newHttpClient();

	private final int port;

	public JsonApi(int port) {
		this.port = port;
	}

	/**
	 * Sends a request.
	 * @param method the HTTP method
	 * @param path the path, from {@code /api/v1}
	 * @param credentials {@code username:password}, or {@code Bearer <token>}
	 * @param body the JSON body, or {@code null}
	 * @return the response
	 * @throws Exception when the request cannot be sent
	 */
	public HttpResponse<String> send(String method, String path, String credentials, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody())
			.header("Authorization", credentials.startsWith("Bearer ") ? credentials
					: "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
