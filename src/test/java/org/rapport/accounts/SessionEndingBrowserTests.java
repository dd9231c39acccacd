package org.rapport.accounts;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.rapport.Browser;
import org.rapport.SignedIn;
import org.rapport.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In real Chromium: a member of staff is at work when an administrator disables the
 * account; the next page the member of staff opens is the login page, and signing in
 * again is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "rapport.demo.enabled=false",
		"rapport.admin.username=keeper", "rapport.admin.password=quiet-harbour-lamp" })
class SessionEndingBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Test
	void disablingAnAccountSendsItsOpenBrowserToTheLoginPage() throws Exception {
		long id = SignedIn
			.asSystem(() -> this.accounts
				.createAccount(new AccountDraft("at-work", "brisk-morning-walk", null, Set.of(Role.IT_STAFF))))
			.id();
		try (Browser staff = Browser.open(this.port)) {
			staff.signIn("at-work", "brisk-morning-walk").go("/account");
			assertThat(staff.find(By.tagName("h1")).getText()).isNotBlank();
			assertThat(staff.currentPath()).isEqualTo("/account");

			// The administrator, in a session of their own, disables the account.
			WebSession admin = new WebSession(this.port);
			admin.signIn("keeper", "quiet-harbour-lamp");
			assertThat(admin.post("/admin/accounts/" + id, "roles=IT_STAFF&_enabled=on").statusCode()).isEqualTo(302);
			assertThat(admin.get("/admin/accounts").statusCode()).isEqualTo(200);

			staff.go("/account");
			staff.find(By.id("username"));
			assertThat(staff.currentPath()).startsWith("/login");
			staff.screenshot("session-ended");

			staff.signIn("at-work", "brisk-morning-walk");
			assertThat(staff.currentPath()).startsWith("/login");
			assertThat(staff.find(By.cssSelector(".flash-error")).isDisplayed()).isTrue();
		}
	}

}
