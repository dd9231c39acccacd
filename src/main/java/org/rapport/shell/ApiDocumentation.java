package org.rapport.shell;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import org.springframework.context.annotation.Configuration;

/**
 * How the REST API describes itself at {@code /v3/api-docs}: HTTP Basic for local
 * accounts or a personal API token as a bearer token.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
		info = @Info(title = "Rapport API", version = "v1",
				description = "IT relationship management. Lists are keyset-paginated: pass the `next` cursor back "
						+ "as `after`. Errors are RFC 9457 problem details.",
				license = @License(name = "Apache-2.0")),
		security = { @SecurityRequirement(name = "basic"), @SecurityRequirement(name = "token") })
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(name = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
		description = "A personal API token from My account")
class ApiDocumentation {

}
