package org.rapport.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rapport.JsonApi;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description tells a client what every operation does and answers: a
 * summary, {@code application/json} for what it returns, and the problem details of 400,
 * 401, 403, 404 and 409 (412 where it takes {@code If-Match}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rapport.demo.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiDescriptionTests {

	private static final List<String> ERRORS = List.of("400", "401", "403", "404", "409");

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	JsonNode paths;

	@BeforeAll
	void description() throws Exception {
		this.paths = this.json.readTree(new JsonApi(this.port).get("/v3/api-docs", null).body()).path("paths");
	}

	@Test
	void everyOperationHasASummary() {
		List<String> without = new ArrayList<>();
		operations().forEach((name, operation) -> {
			if (operation.path("summary").asString("").isBlank()) {
				without.add(name);
			}
		});
		assertThat(operations()).hasSizeGreaterThan(25);
		assertThat(without).as("operations without a summary").isEmpty();
	}

	@Test
	void everyOperationDocumentsItsErrorsAsProblemDetails() {
		List<String> missing = new ArrayList<>();
		operations().forEach((name, operation) -> {
			JsonNode responses = operation.path("responses");
			for (String status : ERRORS) {
				if (!responses.path(status).path("content").has("application/problem+json")) {
					missing.add(name + " " + status);
				}
			}
			boolean ifMatch = false;
			for (JsonNode parameter : operation.path("parameters")) {
				ifMatch |= parameter.path("name").asString().equalsIgnoreCase("If-Match");
			}
			if (ifMatch && !responses.has("412")) {
				missing.add(name + " 412");
			}
		});
		assertThat(missing).as("errors not documented as problem details").isEmpty();
	}

	@Test
	void everySuccessfulAnswerIsJson() {
		List<String> other = new ArrayList<>();
		operations().forEach((name, operation) -> operation.path("responses").properties().forEach((response) -> {
			if (response.getKey().startsWith("2")) {
				response.getValue().path("content").propertyNames().forEach((type) -> {
					if (!type.equals("application/json")) {
						other.add(name + " " + response.getKey() + " " + type);
					}
				});
			}
		}));
		assertThat(other).as("successful answers not typed application/json").isEmpty();
	}

	@Test
	void theImportTakesItsMappingAsAFormField() {
		JsonNode importPeople = this.paths.path("/api/v1/people/imports").path("post");
		JsonNode form = importPeople.path("requestBody").path("content").path("multipart/form-data").path("schema");
		assertThat(form.path("properties").has("file")).isTrue();
		assertThat(form.path("properties").path("mapping").path("description").asString()).contains("field=Header");
		assertThat(form.path("properties").has("itUnits")).isTrue();
		assertThat(importPeople.path("parameters").findValuesAsString("name")).doesNotContain("mapping", "itUnits");
	}

	private Map<String, JsonNode> operations() {
		Map<String, JsonNode> operations = new LinkedHashMap<>();
		this.paths.properties()
			.forEach((path) -> path.getValue()
				.properties()
				.forEach((method) -> operations.put(method.getKey().toUpperCase() + " " + path.getKey(),
						method.getValue())));
		return operations;
	}

}
