package org.rapport.shell.web;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.rapport.accounts.RapportUser;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs: the signed-in user and whether Rapport runs in its
 * evaluation mode.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

	private final boolean embedded;

	private final boolean demo;

	LayoutAdvice(@Value("${spring.datasource.url:}") String url, @Value("${rapport.demo.enabled:false}") boolean demo,
			Environment environment) {
		this.embedded = url.startsWith("jdbc:h2:");
		this.demo = demo && !environment.matchesProfiles("prod");
	}

	@ModelAttribute("currentUser")
	RapportUser currentUser(@AuthenticationPrincipal RapportUser user) {
		return user;
	}

	@ModelAttribute("roles")
	Set<String> roles(@AuthenticationPrincipal RapportUser user) {
		if (user == null) {
			return Set.of();
		}
		return user.getAuthorities()
			.stream()
			.map((authority) -> authority.getAuthority().replaceFirst("^ROLE_", ""))
			.collect(Collectors.toCollection(TreeSet::new));
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI();
	}

	@ModelAttribute("evaluationMode")
	boolean evaluationMode() {
		return this.embedded;
	}

	/**
	 * Whether the demo organisation and its accounts are loaded, on whichever database:
	 * the sign-in page then lists those accounts. The prod profile never loads them.
	 */
	@ModelAttribute("demoMode")
	boolean demoMode() {
		return this.demo;
	}

}
