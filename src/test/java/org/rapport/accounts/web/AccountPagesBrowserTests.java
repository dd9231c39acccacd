package org.rapport.accounts.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.rapport.Browser;
import org.rapport.MovableClock;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountDraft;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.shared.StaleVersionException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account pages and the error pages in real headless Chromium, as a user sees them at
 * desktop width and on a phone: what each must say, and that none scrolls sideways on a
 * phone. Screenshots go to {@code target/screenshots} to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=false", "rapport.admin.username=warden",
				"rapport.admin.password=gate-keeping-2042", "rapport.throttle.per-account=3",
				"rapport.throttle.delay=45s", "rapport.throttle.per-address=1000" })
// The clock stands still, so that a sign-in delay lasts however slow the machine is.
@Import(MovableClock.Configuration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountPagesBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	Browser browser;

	/** Keeps the page a failed journey ended on, to see what went wrong. */
	@RegisterExtension
	final TestWatcher keepFailedPage = new TestWatcher() {
		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			if (AccountPagesBrowserTests.this.browser != null) {
				String name = "failed-" + context.getRequiredTestMethod().getName();
				AccountPagesBrowserTests.this.browser.screenshot(name);
				AccountPagesBrowserTests.this.browser.savePage(name);
			}
		}
	};

	@BeforeAll
	void openBrowser() {
		this.browser = Browser.open(this.port);
	}

	@AfterAll
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void failedSignInsShowTheWaitAndTheAdministratorClearsIt() {
		create("slow-hands", Role.IT_STAFF);
		String message = "";
		for (int attempt = 0; attempt < 5 && !message.contains("Wait"); attempt++) {
			this.browser.signOut().signIn("slow-hands", "not-the-password-" + attempt);
			message = this.browser.find(By.cssSelector(".flash-error")).getText();
		}
		assertThat(message).matches("Too many failed sign-ins\\. Wait \\d+ seconds before you try again\\.");
		look("login-wait");

		this.browser.signOut().signIn("warden", "gate-keeping-2042").go("/admin/accounts");
		WebElement row = this.browser.find(By.xpath("//tr[td/a[text()='slow-hands']]"));
		assertThat(row.getText()).contains("Delayed until");
		assertThat(row.findElement(By.cssSelector("button")).getText()).isEqualTo("Clear the delay");
		look("accounts-delayed");

		row.findElement(By.cssSelector("button")).click();
		this.browser.assertReads(By.cssSelector(".flash-success"), "The sign-in delay of slow-hands was cleared.");
		assertThat(this.browser.find(By.xpath("//tr[td/a[text()='slow-hands']]")).getText())
			.doesNotContain("Delayed until");
	}

	@Test
	void myAccountListsTokensThatExpireHaveExpiredOrNeverExpireAndExplainsARefusedToken() {
		create("token-keeper", Role.IT_LEADER);
		this.browser.signOut().signIn("token-keeper", "quiet-harbour-lantern").go("/account");
		createToken("Nightly export", "");
		assertThat(this.browser.find(By.id("new-token")).getText()).startsWith("rpt_");
		createToken("Quarterly report", "30");
		createToken("Old integration", "365");
		// A token that ran out yesterday; no one can create one like it.
		this.jdbc.sql("update accounts_api_token set expires_at = :day where name = 'Old integration'")
			.param("day", LocalDate.now(this.clock).minusDays(1).atStartOfDay())
			.update();
		this.browser.go("/account");
		String tokens = this.browser.find(By.cssSelector("#main table")).getText();
		assertThat(tokens).contains("Does not expire")
			.contains("Expires on " + LocalDate.now(this.clock).plusDays(30))
			.contains("Expired on " + LocalDate.now(this.clock).minusDays(1));
		look("my-account-tokens");

		this.browser.find(By.id("token-name")).sendKeys("Board pack");
		new Select(this.browser.find(By.id("token-validity"))).selectByValue("date");
		this.browser.find(By.cssSelector("form[action$='/account/tokens'] button[type=submit]")).click();
		assertThat(this.browser.find(By.cssSelector("#token-expiresOn ~ .field-error")).getText())
			.contains("Choose the day on which the token expires");
		assertThat(this.browser.find(By.id("token-name")).getAttribute("value")).isEqualTo("Board pack");
		// The form with its error is what the screenshot should show.
		((JavascriptExecutor) this.browser.driver())
			.executeScript("document.getElementById('token-create-heading').scrollIntoView()");
		look("my-account-token-error");
	}

	@Test
	void myAccountTurnsTheWeeklyDigestOffAndOnWithItsCheckbox() {
		create("digest-reader", Role.IT_STAFF);
		// The digest's way out lands here, signed in first.
		this.browser.signOut().signIn("digest-reader", "quiet-harbour-lantern").go("/account#digest");
		WebElement box = this.browser.find(By.id("weeklyDigest"));
		assertThat(box.isSelected()).isTrue();
		this.browser.assertReads(By.cssSelector("label[for=weeklyDigest]"), "Send me a weekly digest");
		look("my-account-digest");

		box.click();
		this.browser.find(By.cssSelector("form[action$='/account/preferences'] button[type=submit]")).click();
		this.browser.assertReads(By.cssSelector(".flash-success"), "Your choice of email was saved.");
		assertThat(this.browser.find(By.id("weeklyDigest")).isSelected()).isFalse();
		this.browser.go("/account");
		assertThat(this.browser.find(By.id("weeklyDigest")).isSelected()).isFalse();

		this.browser.find(By.id("weeklyDigest")).click();
		this.browser.find(By.cssSelector("form[action$='/account/preferences'] button[type=submit]")).click();
		assertThat(this.browser.find(By.id("weeklyDigest")).isSelected()).isTrue();
	}

	@Test
	void anAdministratorsOwnAccountShowsTheRolesDisabledWithTheReason() {
		long own = this.jdbc.sql("select id from accounts_account where username = 'warden'")
			.query(Long.class)
			.single();
		this.browser.signOut().signIn("warden", "gate-keeping-2042").go("/admin/accounts/" + own);
		List<WebElement> roles = this.browser.driver().findElements(By.cssSelector("input[type=checkbox][name=roles]"));
		assertThat(roles).hasSize(Role.values().length).allMatch((box) -> !box.isEnabled());
		assertThat(this.browser.find(By.id("enabled")).isEnabled()).isFalse();
		assertThat(this.browser.find(By.id("roles-own")).getText())
			.isEqualTo("This is your own account: another administrator changes your roles or disables it.");
		look("account-form-own");

		// Saving one's own account with its roles disabled keeps them and works.
		this.browser.find(By.cssSelector("form.form button[type=submit]")).click();
		this.browser.assertShows(By.cssSelector(".flash-success"), "warden");
	}

	@Test
	void anAccountFormSavedOverAnotherAdministratorsChangeSaysSoAndKeepsWhatWasChosen() {
		long id = create("changing-hands", Role.IT_STAFF);
		this.browser.signOut().signIn("warden", "gate-keeping-2042").go("/admin/accounts/" + id);
		this.browser.find(By.cssSelector("label[for=roles2]")).click();
		// Meanwhile another administrator makes the account an IT leader's.
		SignedIn.asSystem(() -> this.accounts.updateAccount(id, Set.of(Role.IT_LEADER), null, true));
		this.browser.find(By.cssSelector("form.form button[type=submit]")).click();

		assertThat(this.browser.find(By.cssSelector(".alert-danger")).getText())
			.startsWith("Someone else changed this while you were editing it.");
		assertThat(this.browser.find(By.cssSelector("fieldset .field-error")).getText()).contains("Now: IT leader");
		assertThat(this.browser.find(By.id("roles2")).isSelected()).isTrue();
		look("account-form-stale");
	}

	@Test
	void theErrorPagesSayWhatHappened() {
		this.browser.signOut().signIn("warden", "gate-keeping-2042").go("/relationships/abc");
		assertThat(this.browser.find(By.tagName("h1")).getText()).isEqualTo("That request was not understood");
		this.browser.assertReads(By.cssSelector(".error-code"), "400");
		look("error-400");

		this.browser.go("/people/987654321");
		this.browser.assertReads(By.cssSelector(".error-code"), "404");
		assertThat(this.browser.find(By.tagName("h1")).getText()).isEqualTo("Page not found");
		look("error-404");

		this.browser.go("/test/stale");
		this.browser.assertReads(By.cssSelector(".error-code"), "409");
		assertThat(this.browser.text()).contains("Nothing was saved");
		look("error-409");
	}

	private long create(String username, Role role) {
		return SignedIn
			.asSystem(() -> this.accounts
				.createAccount(new AccountDraft(username, "quiet-harbour-lantern", null, Set.of(role))))
			.id();
	}

	private void createToken(String name, String validity) {
		this.browser.find(By.id("token-name")).sendKeys(name);
		new Select(this.browser.find(By.id("token-validity"))).selectByValue(validity);
		this.browser.find(By.cssSelector("form[action$='/account/tokens'] button[type=submit]")).click();
		this.browser.find(By.id("new-token"));
	}

	/**
	 * Takes the screenshots at desktop and phone width, and checks that the page does not
	 * scroll sideways on the phone.
	 */
	private void look(String name) {
		this.browser.screenshot(name);
		Dimension size = this.browser.driver().manage().window().getSize();
		this.browser.driver().manage().window().setSize(new Dimension(390, 844));
		try {
			Object fits = ((JavascriptExecutor) this.browser.driver())
				.executeScript("return document.documentElement.scrollWidth <= window.innerWidth");
			assertThat(fits).as("%s scrolls sideways at 390 px", name).isEqualTo(true);
		}
		finally {
			this.browser.driver().manage().window().setSize(size);
		}
	}

	/** A page whose change lost to someone else's, as any form without its own answer. */
	@TestConfiguration
	static class StalePage {

		@Controller
		static class StaleController {

			@GetMapping("/test/stale")
			String stale() {
				throw new StaleVersionException("Thing", 1, 0, 1);
			}

		}

	}

}
