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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The account form of administrators: one submission changes the account as a whole or
 * not at all, a form posted over someone else's change says so, and one's own roles are
 * another administrator's to change.
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

	@Test
	void anAccountFormPostedOverANewerVersionSaysSoShowsTheStoredValuesAndKeepsWhatWasTyped() throws Exception {
		AccountSummary account = SignedIn.asSystem(() -> this.accounts
			.createAccount(new AccountDraft("stale-staff", "first-password", null, Set.of(Role.IT_STAFF))));
		this.mvc.perform(get("/admin/accounts/" + account.id()).with(user("stale-admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
		// Another administrator makes the account an IT leader's meanwhile.
		SignedIn.asSystem(() -> this.accounts.updateAccount(account.id(), Set.of(Role.IT_LEADER), null, true));
		String hashBefore = passwordHash(account.id());

		this.mvc
			.perform(post("/admin/accounts/" + account.id()).with(user("stale-admin").roles("ADMIN"))
				.with(csrf())
				.param("username", "stale-staff")
				.param("roles", "RELATIONSHIP_MANAGER")
				.param("enabled", "true")
				.param("password", "typed-while-stale")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this while you were editing it")))
			.andExpect(content().string(containsString("Now: IT leader")))
			.andExpect(content().string(matchesPattern("(?s).*value=\"RELATIONSHIP_MANAGER\"[^>]*checked.*")))
			.andExpect(content().string(containsString("type the new password again")))
			.andExpect(content().string(not(containsString("typed-while-stale"))))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
		AccountSummary after = SignedIn.asSystem(() -> this.accounts.account(account.id()));
		assertThat(after.roles()).containsExactly(Role.IT_LEADER);
		assertThat(passwordHash(account.id())).isEqualTo(hashBefore);

		this.mvc
			.perform(post("/admin/accounts/" + account.id()).with(user("stale-admin").roles("ADMIN"))
				.with(csrf())
				.param("username", "stale-staff")
				.param("roles", "RELATIONSHIP_MANAGER")
				.param("enabled", "true")
				.param("version", "1"))
			.andExpect(status().is3xxRedirection());
		assertThat(SignedIn.asSystem(() -> this.accounts.account(account.id())).roles())
			.containsExactly(Role.RELATIONSHIP_MANAGER);
	}

	@Test
	void anAccountWithoutRolesIsRefusedBesideTheRolesAndStoresNothing() throws Exception {
		this.mvc
			.perform(post("/admin/accounts/new").with(user("roles-admin").roles("ADMIN"))
				.with(csrf())
				.param("username", "no roles here")
				.param("password", "a-long-enough-password"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("An account needs at least one role")))
			.andExpect(content().string(containsString("A user name has 1 to 100 letters")))
			.andExpect(content().string(containsString("value=\"no roles here\"")))
			.andExpect(content().string(not(containsString("a-long-enough-password"))));
		assertThat(this.jdbc.sql("select count(*) from accounts_account where username = 'no roles here'")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void anAdministratorsOwnAccountFormDisablesTheRolesAndSaysWhy() throws Exception {
		AccountSummary own = SignedIn.asSystem(() -> this.accounts
			.createAccount(new AccountDraft("own-admin", "quiet-harbour-lantern", null, Set.of(Role.ADMIN))));
		this.mvc.perform(get("/admin/accounts/" + own.id()).with(user("own-admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("another administrator changes your roles")))
			.andExpect(content().string(matchesPattern("(?s).*<input(?=[^>]*id=\"roles1\")[^>]*disabled.*")))
			.andExpect(content().string(matchesPattern("(?s).*<input(?=[^>]*id=\"enabled\")[^>]*disabled.*")));

		// A form tampered with to grant oneself a role is refused beside the roles.
		this.mvc
			.perform(post("/admin/accounts/" + own.id()).with(user("own-admin").roles("ADMIN"))
				.with(csrf())
				.param("username", "own-admin")
				.param("roles", "ADMIN", "CIO")
				.param("enabled", "true")
				.param("version", String.valueOf(own.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You cannot change your own roles")));
		assertThat(SignedIn.asSystem(() -> this.accounts.account(own.id())).roles()).containsExactly(Role.ADMIN);
	}

	private String passwordHash(long id) {
		return this.jdbc.sql("select password_hash from accounts_account where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

}
