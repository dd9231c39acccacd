package org.rapport.accounts.web;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountDraft;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.AccountSummary;
import org.rapport.accounts.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The account form of administrators: one submission changes the account as a whole or
 * not at all.
 */
@SpringBootTest(properties = "rapport.demo.enabled=false")
@AutoConfigureMockMvc
class AccountsAdminControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void storesNothingWhenThePasswordIsRefused() throws Exception {
		AccountSummary account = SignedIn.asSystem(() -> this.accounts
			.createAccount(new AccountDraft("atomic-staff", "first-password", null, Set.of(Role.IT_STAFF))));
		String hashBefore = passwordHash(account.id());

		this.mvc
			.perform(post("/admin/accounts/" + account.id()).with(user("atomic-admin").roles("ADMIN"))
				.with(csrf())
				.param("roles", "ADMIN", "CIO")
				.param("enabled", "false")
				.param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("field-error")));

		AccountSummary after = SignedIn.asSystem(() -> this.accounts.account(account.id()));
		assertThat(after.roles()).containsExactly(Role.IT_STAFF);
		assertThat(after.enabled()).isTrue();
		assertThat(passwordHash(account.id())).isEqualTo(hashBefore);
	}

	@Test
	void changesRolesAndPasswordTogether() throws Exception {
		AccountSummary account = SignedIn.asSystem(() -> this.accounts
			.createAccount(new AccountDraft("atomic-lead", "first-password", null, Set.of(Role.IT_STAFF))));
		String hashBefore = passwordHash(account.id());

		this.mvc
			.perform(post("/admin/accounts/" + account.id()).with(user("atomic-admin").roles("ADMIN"))
				.with(csrf())
				.param("roles", "IT_LEADER")
				.param("enabled", "true")
				.param("password", "a-new-long-password"))
			.andExpect(status().is3xxRedirection());

		AccountSummary after = SignedIn.asSystem(() -> this.accounts.account(account.id()));
		assertThat(after.roles()).containsExactly(Role.IT_LEADER);
		assertThat(passwordHash(account.id())).isNotEqualTo(hashBefore);
	}

	private String passwordHash(long id) {
		return this.jdbc.sql("select password_hash from accounts_account where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

}
