package org.rapport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The one HTTP client of the tests for everything that is not a page: Rapport's REST API,
 * the actuator, CSV uploads. It calls over real HTTP anonymously, with HTTP Basic or with
 * an API token, sends JSON (or any body) with extra headers such as {@code If-Match}, and
 * sends many requests at once from threads of their own. It keeps no cookies: every call
 * carries its own credentials. Pages, with their session and CSRF token, are
 * {@link WebSession}'s.
 */
public final class JsonApi {

	/**
	 * What an API client accepts: the resource, or the problem that refused it. Sent only
	 * when a test passes it, as a client without {@code Accept} is a case of its own.
	 */
	public static final String ACCEPT = "application/json, application/problem+json";

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	private final Duration timeout;

	public JsonApi(int port) {
		this(port, null);
	}

	/**
	 * A client whose every request gives up after a time, for servers that may die under
	 * it.
	 * @param port the server's port
	 * @param timeout how long one request may take, or {@code null} for no limit
	 */
	public JsonApi(int port, Duration timeout) {
		this.baseUrl = "http://localhost:" + port;
		this.timeout = timeout;
	}

	/**
	 * Sends a request.
	 * @param method the HTTP method
	 * @param path the path from the root, such as {@code /api/v1/people}
	 * @param credentials {@code username:password}, {@code Bearer <token>}, or
	 * {@code null} for an anonymous call
	 * @param body the JSON body, or {@code null}
	 * @return the response
	 * @throws IOException when the request cannot be sent
	 * @throws InterruptedException when the thread is interrupted while waiting
	 */
	public HttpResponse<String> send(String method, String path, String credentials, String body)
			throws IOException, InterruptedException {
		return send(method, path, credentials, body, Map.of());
	}

	/**
	 * Sends a request with more headers, such as {@code If-Match}.
	 * @param method the HTTP method
	 * @param path the path from the root, such as {@code /api/v1/people}
	 * @param credentials {@code username:password}, {@code Bearer <token>}, or
	 * {@code null}
	 * @param body the JSON body, or {@code null}
	 * @param headers the headers to add
	 * @return the response
	 * @throws IOException when the request cannot be sent
	 * @throws InterruptedException when the thread is interrupted while waiting
	 */
	public HttpResponse<String> send(String method, String path, String credentials, String body,
			Map<String, String> headers) throws IOException, InterruptedException {
		return send(method, path, credentials,
				(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody(),
				(body != null) ? "application/json" : null, headers);
	}

	/**
	 * Reads a resource.
	 * @param path the path from the root
	 * @param credentials {@code username:password}, {@code Bearer <token>}, or
	 * {@code null}
	 * @return the response
	 * @throws IOException when the request cannot be sent
	 * @throws InterruptedException when the thread is interrupted while waiting
	 */
	public HttpResponse<String> get(String path, String credentials) throws IOException, InterruptedException {
		return send("GET", path, credentials, null);
	}

	/**
	 * Sends any body: a multipart form, a body of unknown length, JSON that is not.
	 * @param method the HTTP method
	 * @param path the path from the root
	 * @param credentials {@code username:password}, {@code Bearer <token>}, or
	 * {@code null}
	 * @param body the body
	 * @param contentType the body's type, or {@code null} to send none
	 * @param headers the headers to add
	 * @return the response
	 * @throws IOException when the request cannot be sent
	 * @throws InterruptedException when the thread is interrupted while waiting
	 */
	public HttpResponse<String> send(String method, String path, String credentials, HttpRequest.BodyPublisher body,
			String contentType, Map<String, String> headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path)).method(method, body);
		if (credentials != null) {
			request.header("Authorization", authorization(credentials));
		}
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (this.timeout != null) {
			request.timeout(this.timeout);
		}
		headers.forEach(request::setHeader);
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Uploads a CSV file as the part {@code file} of a multipart form, as the import
	 * endpoints take it.
	 * @param path the path from the root
	 * @param credentials {@code username:password}, {@code Bearer <token>}, or
	 * {@code null}
	 * @param fileName the file's name
	 * @param csv the file's content, sent as UTF-8
	 * @param fields further form fields, such as {@code mapping}
	 * @return the response
	 * @throws IOException when the request cannot be sent
	 * @throws InterruptedException when the thread is interrupted while waiting
	 */
	public HttpResponse<String> upload(String path, String credentials, String fileName, String csv,
			Map<String, String> fields) throws IOException, InterruptedException {
		String boundary = "rapport-test-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/csv\r\n\r\n" + csv + "\r\n")
			.getBytes(StandardCharsets.UTF_8));
		new LinkedHashMap<>(fields).forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send("POST", path, credentials, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()),
				"multipart/form-data; boundary=" + boundary, Map.of());
	}

	/**
	 * Sends requests all at once, each from a thread of its own released by one start
	 * signal, and waits for every answer.
	 * @param method the HTTP method
	 * @param credentials {@code username:password}, or {@code Bearer <token>}
	 * @param calls the paths, bodies and headers
	 * @return the responses, in the order of the calls
	 * @throws Exception when a request cannot be sent or takes over two minutes
	 */
	public List<HttpResponse<String>> sendAtOnce(String method, String credentials, List<Call> calls) throws Exception {
		List<Callable<HttpResponse<String>>> requests = new ArrayList<>();
		for (Call call : calls) {
			requests.add(() -> send(method, call.path(), credentials, call.body(), call.headers()));
		}
		return atOnce(requests);
	}

	/**
	 * Makes requests all at once, each from a thread of its own released by one start
	 * signal, and waits for every answer: uploads, or requests unlike each other.
	 * @param requests the requests, such as {@code () -> api.upload(...)}
	 * @return the responses, in the order of the requests
	 * @throws Exception when a request cannot be sent or takes over two minutes
	 */
	public List<HttpResponse<String>> atOnce(List<Callable<HttpResponse<String>>> requests) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(requests.size());
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			for (Callable<HttpResponse<String>> request : requests) {
				answers.add(threads.submit(() -> {
					start.await();
					return request.call();
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
	 * The {@code Authorization} header for credentials.
	 * @param credentials {@code username:password}, or {@code Bearer <token>}
	 * @return the header's value
	 */
	public static String authorization(String credentials) {
		return credentials.startsWith("Bearer ") ? credentials
				: "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * One request of {@link #sendAtOnce}.
	 *
	 * @param path the path from the root
	 * @param body the JSON body, or {@code null}
	 * @param headers more headers, such as {@code If-Match}
	 */
	public record Call(String path, String body, Map<String, String> headers) {

		public Call(String path, String body) {
			this(path, body, Map.of());
		}

	}

}
