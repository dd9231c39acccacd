package org.rapport.accounts.web;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountDraft;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.AccountPreferences;
import org.rapport.accounts.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The weekly digest on My account: on until its person turns it off, turned off and on by
 * a signed-in POST with its CSRF token and never by a GET (the digest's link to it is
 * followed by mail scanners), and over REST with the account's version as ETag.
 */
@SpringBootTest(properties = "rapport.demo.enabled=false")
@AutoConfigureMockMvc
class PreferencesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	UserDetailsService users;

	String username;

	@BeforeEach
	void account() {
		this.username = "prefs-" + UUID.randomUUID().toString().substring(0, 8);
		SignedIn.asSystem(() -> this.accounts
			.createAccount(new AccountDraft(this.username, "quiet-harbour-lantern", null, Set.of(Role.IT_STAFF))));
	}

	@Test
	void theCheckboxIsTickedUntilAPostWithItsCsrfTokenUnticksItAndAGetChangesNothing() throws Exception {
		AccountPreferences before = preferences();
		assertThat(before.weeklyDigest()).isTrue();

		this.mvc.perform(get("/account").with(user(me())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Send me a weekly digest")))
			.andExpect(content().string(matchesPattern("(?s).*id=\"weeklyDigest\"[^>]*checked.*")));
		this.mvc.perform(get("/account/preferences").with(user(me())));
		assertThat(preferences()).isEqualTo(before);

		// Without the form's CSRF token the POST is refused.
		this.mvc.perform(post("/account/preferences").with(user(me())).param("_weeklyDigest", "on"))
			.andExpect(status().isForbidden());
		assertThat(preferences()).isEqualTo(before);

		// An unticked checkbox sends only Spring's marker field.
		this.mvc.perform(post("/account/preferences").with(user(me())).with(csrf()).param("_weeklyDigest", "on"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/account"))
			.andExpect(flash().attribute("preferencesSaved", true));
		assertThat(preferences().weeklyDigest()).isFalse();
		this.mvc.perform(get("/account").with(user(me())))
			.andExpect(content().string(
					matchesPattern("(?s).*<input id=\"weeklyDigest\" type=\"checkbox\"" + "(?![^>]*checked)[^>]*>.*")));

		this.mvc
			.perform(post("/account/preferences").with(user(me()))
				.with(csrf())
				.param("weeklyDigest", "true")
				.param("_weeklyDigest", "on"))
			.andExpect(status().is3xxRedirection());
		assertThat(preferences().weeklyDigest()).isTrue();
	}

	@Test
	void theApiReadsAndChangesTheDigestOverTheAccountsVersion() throws Exception {
		MvcResult read = this.mvc.perform(get("/api/v1/account/preferences").with(user(me())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.weeklyDigest").value(true))
			.andReturn();
		String etag = read.getResponse().getHeader("ETag");
		assertThat(etag).isEqualTo("\"" + preferences().version() + "\"");

		this.mvc
			.perform(put("/api/v1/account/preferences").with(user(me()))
				.contentType(MediaType.APPLICATION_JSON)
				.header("If-Match", "\"" + (preferences().version() + 5) + "\"")
				.content("{\"weeklyDigest\": false}"))
			.andExpect(status().isPreconditionFailed());
		assertThat(preferences().weeklyDigest()).isTrue();

		this.mvc
			.perform(put("/api/v1/account/preferences").with(user(me()))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("weeklyDigest"));

		this.mvc
			.perform(put("/api/v1/account/preferences").with(user(me()))
				.contentType(MediaType.APPLICATION_JSON)
				.header("If-Match", etag)
				.content("{\"weeklyDigest\": false}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.weeklyDigest").value(false))
			.andExpect(header().string("ETag", "\"" + preferences().version() + "\""));
		assertThat(preferences().weeklyDigest()).isFalse();
		assertThat(preferences().version()).isGreaterThan(Long.parseLong(etag.replace("\"", "")));
	}

	private UserDetails me() {
		return this.users.loadUserByUsername(this.username);
	}

	private AccountPreferences preferences() {
		return SignedIn.as(this.users, this.username, this.accounts::preferences);
	}

}
