package org.rapport.shared.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The limits every request of the REST API is held to before a controller sees it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiSettings.class)
class WebInputConfiguration {

	@Bean
	RequestBodyLimit requestBodyLimit(ApiSettings settings) {
		return new RequestBodyLimit(settings);
	}

}
