package org.rapport.shell.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Serves Rapport's static files and web jars from their own folders only
 * ({@code spring.web.resources.add-mappings=false}). Spring Boot's default maps every
 * path ({@code /**}) to static files, and as the resource chain is on (for web jar paths
 * without a version), Thymeleaf asked that mapping about every link a page writes: each
 * {@code /relationships/12} was looked for in four class path folders, through the class
 * loader, once per link, which held the portfolio page to about 20 requests a second
 * while its API call served 650. Links outside these folders now pass untouched.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : new String[] { "css", "js", "img" }) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.resourceChain(true);
		}
		// Web jar paths carry their version once resolved, so they may be kept long.
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}

}
