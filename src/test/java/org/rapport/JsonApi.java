package org.rapport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Map;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
		return send(method, path, credentials, body, Map.of());
	}

	/**
	 * Sends a request with more headers, such as {@code If-Match}.
	 * @param method the HTTP method
	 * @param path the path, from {@code /api/v1}
	 * @param credentials {@code username:password}
	 * @param body the JSON body, or {@code null}
	 * @param headers the headers to add
	 * @return the response
	 * @throws Exception when the request cannot be sent
	 */
	public HttpResponse<String> send(String method, String path, String credentials, String body,
			Map<String, String> headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody())
			.header("Authorization", credentials.startsWith("Bearer ") ? credentials
					: "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		headers.forEach(request::header);
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Sends requests all at once, each from a thread of its own released by one start
	 * signal, and waits for every answer.
	 * @param method the HTTP method
	 * @param credentials {@code username:password}, or {@code Bearer <token>}
	 * @param calls the paths and bodies
	 * @return the responses, in the order of the calls
	 * @throws Exception when a request cannot be sent or takes over two minutes
	 */
	public List<HttpResponse<String>> sendAtOnce(String method, String credentials, List<Call> calls) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(calls.size());
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			for (Call call : calls) {
				answers.add(threads.submit(() -> {
					start.await();
					return send(method, call.path(), credentials, call.body());
				}));
			}
			start.countDown();
			List<HttpResponse<String>> responses = new ArrayList<>();
			for (Future<HttpResponse<String>> answer : answers) {
				responses.add(answer.get(120, TimeUnit.SECONDS));
			}
			return responses;
		}
		finally {
			threads.shutdownNow();
		}
	}

	/**
	 * One request of {@link #sendAtOnce}.
	 *
	 * @param path the path, from {@code /api/v1}
	 * @param body the JSON body, or {@code null}
	 */
	public record Call(String path, String body) {
	}

}
