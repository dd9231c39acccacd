package org.rapport.shell;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the REST API describes itself at {@code /v3/api-docs}: HTTP Basic for local
 * accounts or a personal API token as a bearer token, answers in
 * {@code application/json}, and the same problem details for every error of every
 * operation.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
		info = @Info(title = "Rapport API", version = "v1",
				description = "IT relationship management. Lists answer `{\"items\", \"next\"}` and are "
						+ "keyset-paginated: pass the `next` cursor back as `after`; `size` is 1 to 200. Resources "
						+ "that change carry an `ETag`; send it back in `If-Match` to refuse a change over a stale "
						+ "copy. Errors are RFC 9457 problem details; a refused input names its fields in `errors`.",
				license = @License(name = "Apache-2.0")),
		security = { @SecurityRequirement(name = "basic"), @SecurityRequirement(name = "token") })
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(name = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
		description = "A personal API token from My account")
class ApiDocumentation {

	static final String PROBLEM_TYPE = "application/problem+json";

	/** The errors every operation may answer, and when. */
	private static final Map<String, String> ERRORS = errors();

	private static Map<String, String> errors() {
		Map<String, String> errors = new LinkedHashMap<>();
		errors.put("400", "The input is refused; `errors` names each field and what is wrong with it.");
		errors.put("401", "No credentials, or credentials Rapport does not accept.");
		errors.put("403", "Signed in without the role or the ownership the operation needs.");
		errors.put("404", "No such resource, or one the caller may not see.");
		errors.put("409", "The change conflicts with the resource as it is now: someone changed it meanwhile "
				+ "(a stale `version`), it already exists, or its state does not allow the change.");
		return errors;
	}

	/**
	 * Describes every error of every operation as the problem details Rapport answers,
	 * and {@code 412} where an operation takes {@code If-Match}.
	 */
	@Bean
	OpenApiCustomizer problemResponses() {
		return (openApi) -> {
			openApi.getComponents().addSchemas("Problem", problemSchema());
			openApi.getPaths()
				.values()
				.forEach((path) -> path.readOperations().forEach(ApiDocumentation::documentErrors));
		};
	}

	private static void documentErrors(Operation operation) {
		ApiResponses responses = operation.getResponses();
		ERRORS.forEach((status, description) -> responses.addApiResponse(status, problem(description)));
		boolean ifMatch = operation.getParameters() != null && operation.getParameters()
			.stream()
			.anyMatch((parameter) -> "If-Match".equalsIgnoreCase(parameter.getName()));
		if (ifMatch) {
			responses.addApiResponse("412",
					problem("`If-Match` names a version other than the resource's: someone changed it meanwhile."));
		}
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(PROBLEM_TYPE,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
	}

	private static Schema<?> problemSchema() {
		ObjectSchema error = new ObjectSchema();
		error.addProperty("field", new StringSchema().description("The field refused, as the request named it"));
		error.addProperty("message", new StringSchema().description("What is wrong with it"));
		ObjectSchema problem = new ObjectSchema();
		problem.description("RFC 9457 problem details");
		problem.addProperty("type", new StringSchema());
		problem.addProperty("title", new StringSchema());
		problem.addProperty("status", new IntegerSchema());
		problem.addProperty("detail", new StringSchema());
		problem.addProperty("instance", new StringSchema());
		problem.addProperty("errors", new ArraySchema().items(error));
		return problem;
	}

}
