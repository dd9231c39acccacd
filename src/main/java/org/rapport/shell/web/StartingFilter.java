package org.rapport.shell.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.rapport.shared.web.Problems;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Answers 503 "Rapport is starting" to every request but static files and the actuator
 * until the work of the first start is done (the first administrator, the demo
 * organisation): the server listens before that work ends, and a sign-in in those seconds
 * would fail for an account about to exist and count against it. Readiness
 * ({@code /actuator/health/readiness}) stays down meanwhile, as Spring Boot reports it
 * ready only after the same work. Pages reload themselves; the API says when to retry.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartingFilter extends OncePerRequestFilter implements ApplicationListener<ApplicationReadyEvent> {

	private static final String RETRY_SECONDS = "3";

	private final MessageSource messages;

	private volatile boolean started;

	StartingFilter(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		this.started = true;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return this.started || path.startsWith("/actuator/") || path.startsWith("/css/") || path.startsWith("/js/")
				|| path.startsWith("/img/") || path.startsWith("/webjars/") || path.equals("/favicon.ico");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Locale locale = request.getLocale();
		String title = this.messages.getMessage("starting.title", null, locale);
		String text = this.messages.getMessage("starting.text", null, locale);
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_SECONDS);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/")) {
			Problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, text);
			return;
		}
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setCharacterEncoding("UTF-8");
		String context = HtmlUtils.htmlEscape(request.getContextPath());
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.getWriter()
			.write("""
					<!DOCTYPE html>
					<html lang="en">
					<head>
					  <meta charset="utf-8">
					  <meta name="viewport" content="width=device-width, initial-scale=1">
					  <meta http-equiv="refresh" content="%s">
					  <title>%s</title>
					  <link rel="icon" type="image/svg+xml" href="%s/img/favicon.svg">
					  <link rel="stylesheet" href="%s/css/rapport.css">
					</head>
					<body class="login-page">
					<main id="main" class="login-main">
					  <div class="login-card" role="status">
					    <p class="brand"><img class="brand-logo" src="%s/img/logo.svg" alt="" width="32" height="32"> <span class="brand-name">Rapport</span></p>
					    <h1>%s</h1>
					    <p class="muted">%s</p>
					  </div>
					</main>
					</body>
					</html>
					"""
				.formatted(RETRY_SECONDS, HtmlUtils.htmlEscape(title), context, context, context,
						HtmlUtils.htmlEscape(title), HtmlUtils.htmlEscape(text)));
	}

}
