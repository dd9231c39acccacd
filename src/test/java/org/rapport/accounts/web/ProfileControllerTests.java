package org.rapport.accounts.web;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountDraft;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * My account: a refused password or token is shown beside its field, in the words of
 * messages.properties, with what was typed kept, except a password.
 */
@SpringBootTest(properties = "rapport.demo.enabled=false")
@AutoConfigureMockMvc
class ProfileControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aWrongCurrentPasswordIsShownBesideItsFieldAndNoPasswordIsSentBack() throws Exception {
		create("profile-pw");
		this.mvc
			.perform(post("/account/password").with(user(this.users.loadUserByUsername("profile-pw")))
				.with(csrf())
				.param("currentPassword", "not-my-password")
				.param("newPassword", "a-brand-new-password"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The current password is not right")))
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(not(containsString("not-my-password"))))
			.andExpect(content().string(not(containsString("a-brand-new-password"))));
	}

	@Test
	void aTokenWithoutANameOrWithoutItsDayIsRefusedBesideTheFieldKeepingTheInput() throws Exception {
		create("profile-token");
		this.mvc
			.perform(post("/account/tokens").with(user(this.users.loadUserByUsername("profile-token")))
				.with(csrf())
				.param("name", " ")
				.param("validity", "365"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give the token a name of up to 100 characters")))
			.andExpect(content().string(containsString("value=\"365\" selected")));

		this.mvc
			.perform(post("/account/tokens").with(user(this.users.loadUserByUsername("profile-token")))
				.with(csrf())
				.param("name", "Nightly export")
				.param("validity", "date")
				.param("expiresOn", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose the day on which the token expires")))
			.andExpect(content().string(containsString("value=\"Nightly export\"")))
			.andExpect(content().string(containsString("value=\"date\" selected")));

		this.mvc
			.perform(post("/account/tokens").with(user(this.users.loadUserByUsername("profile-token")))
				.with(csrf())
				.param("name", "Nightly export")
				.param("validity", "date")
				.param("expiresOn", "1999-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A token expires after today and within 5 years")));

		this.mvc
			.perform(post("/account/tokens").with(user(this.users.loadUserByUsername("profile-token")))
				.with(csrf())
				.param("name", "Nightly export")
				.param("validity", "12"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose how long the token works")));

		assertThat(this.jdbc
			.sql("select count(*) from accounts_api_token t join accounts_account a on a.id = t.account_id"
					+ " where a.username = 'profile-token'")
			.query(Integer.class)
			.single()).isZero();
	}

	private void create(String username) {
		SignedIn.asSystem(() -> this.accounts
			.createAccount(new AccountDraft(username, "quiet-harbour-lantern", null, Set.of(Role.IT_STAFF))));
	}

}
