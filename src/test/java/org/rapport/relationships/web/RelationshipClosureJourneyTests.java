package org.rapport.relationships.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.rapport.Browser;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.directory.DirectoryManagement;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In real headless Chromium, the head of relationship management ends a relationship with
 * a reason, sees it leave the portfolio, finds it among the ended relationships and
 * reopens it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=false", "rapport.admin.username=root",
				"rapport.admin.password=deep-cellar-key" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelationshipClosureJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	RelationshipManagement relationships;

	Browser browser;

	/** Keeps the page a failed journey ended on, to see what went wrong. */
	@RegisterExtension
	final TestWatcher keepFailedPage = new TestWatcher() {
		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			if (RelationshipClosureJourneyTests.this.browser != null) {
				String name = "failed-" + context.getRequiredTestMethod().getName();
				RelationshipClosureJourneyTests.this.browser.screenshot(name);
				RelationshipClosureJourneyTests.this.browser.savePage(name);
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
	void theHeadEndsARelationshipFindsItAmongTheEndedOnesAndReopensIt() {
		RelationshipMother mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		RelationshipMother.Sample sample = mother.sample("Journey End");
		String counterpart = mother.named("Journey End Sales");
		String name = sample.relationship().name();
		String head = "journey-head-" + mother.run();
		mother.account(head, "journey-password", mother.itPerson("Journey Head", mother.itGroup("Journey Office")),
				Role.RELATIONSHIP_MANAGER);
		String portfolio = "/relationships?itGroup=" + sample.itGroupId();
		this.browser.signOut().signIn(head, "journey-password").go(portfolio);
		assertThat(this.browser.find(By.id("portfolio-list")).getText()).contains(counterpart);

		this.browser.find(By.linkText(counterpart)).click();
		WebElement panel = this.browser.openPanel("End the relationship");
		WebElement reason = panel.findElement(By.id("reason"));
		// Spaces pass the browser's own check; Rapport asks for a reason.
		reason.sendKeys("   ");
		panel.findElement(By.cssSelector("button[type=submit]")).click();
		this.browser.waitFor()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reason-error"),
					"Say why the relationship ends"));
		assertThat(this.browser.find(By.id("reason")).getDomProperty("ariaInvalid")).isEqualTo("true");
		assertThat(overflowingOnAPhone()).isEmpty();
		this.browser.screenshot("relationship-end-refused");

		reason = this.browser.find(By.id("reason"));
		reason.clear();
		reason.sendKeys("The service moved to the Finance shared centre");
		this.browser.find(By.cssSelector("#closure-form button[type=submit]")).click();

		String today = LocalDate.now().format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));
		WebElement banner = this.browser.find(By.id("ended-banner"));
		assertThat(banner.getText())
			.contains("Ended on " + today + " by " + head + ": The service moved to the Finance shared centre");
		assertThat(this.browser.text()).contains(name + " has ended and is out of the active portfolio.");
		assertThat(this.browser.driver().findElements(By.id("closure-form"))).isEmpty();
		assertThat(this.browser.driver().findElements(By.linkText("Log a touchpoint"))).isEmpty();
		assertThat(overflowingOnAPhone()).isEmpty();
		this.browser.screenshot("relationship-ended");

		this.browser.go(portfolio);
		assertThat(this.browser.find(By.id("portfolio-list")).getText()).doesNotContain(counterpart)
			.contains("Nothing matches these filters");
		new Select(this.browser.find(By.id("state"))).selectByVisibleText("Ended relationships");
		this.browser.waitFor()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("portfolio-list"), counterpart));
		assertThat(this.browser.find(By.cssSelector("#portfolio-list tbody tr")).getText()).contains("Ended " + today);
		assertThat(this.browser.currentPath()).contains("state=ended");
		assertThat(overflowingOnAPhone()).isEmpty();
		this.browser.screenshot("relationships-ended");

		this.browser.find(By.linkText(counterpart)).click();
		this.browser.find(By.cssSelector("#ended-banner button[type=submit]")).click();
		this.browser.waitFor()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
					name + " was reopened and is back in the active portfolio."));
		assertThat(this.browser.driver().findElements(By.id("ended-banner"))).isEmpty();
		this.browser.openPanel("End the relationship");

		this.browser.go(portfolio);
		assertThat(this.browser.find(By.id("portfolio-list")).getText()).contains(counterpart)
			.doesNotContain("Ended " + today);
	}

	/**
	 * The elements of the page that stick out to the right of a phone's window, which it
	 * would have to scroll sideways to read.
	 */
	@SuppressWarnings("unchecked")
	private List<String> overflowingOnAPhone() {
		var window = this.browser.driver().manage().window();
		Dimension desktop = window.getSize();
		try {
			window.setSize(new Dimension(390, 844));
			return (List<String>) ((JavascriptExecutor) this.browser.driver()).executeScript("""
					const width = document.documentElement.clientWidth;
					return [...document.querySelectorAll('main *')]
					  .filter((e) => e.getBoundingClientRect().right > width + 1 && !e.closest('.table-wrap'))
					  .map((e) => e.tagName + '.' + e.className + '#' + e.id);
					""");
		}
		finally {
			window.setSize(desktop);
		}
	}

}
