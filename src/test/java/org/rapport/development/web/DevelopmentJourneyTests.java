package org.rapport.development.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.rapport.Browser;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In real headless Chromium, over the demo organisation: the IT staff member opens
 * Development and finds clear communication suggested, the blind spot of their closed
 * 360, with the trainings that develop it; their 360's report shows the partners' view;
 * the head of relationship management reads how much of IT develops, overall, over the
 * quarters and per group, and staff find no way to it; and the pages read on a phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=true", "rapport.demo.people=150" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DevelopmentJourneyTests {

	@LocalServerPort
	int port;

	Browser browser;

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
	void staffFindTheirBlindSpotSuggestedWithTheTrainingsForIt() {
		this.browser.signOut().signIn("staff", "demo").go("/");
		this.browser.find(By.linkText("Development")).click();
		String suggestion = this.browser.find(By.id("suggestion-clear-communication")).getText();
		assertThat(suggestion).contains("Clear communication", "Trainings");
		assertThat(this.browser.find(By.id("suggestion-clear-communication"))
			.findElements(By.cssSelector("a[href^='/development/trainings/']"))).isNotEmpty();
		this.browser.screenshot("development-home");
		this.browser.onAPhone(() -> assertThat(this.browser.overflowing()).isEmpty());

		this.browser.find(By.partialLinkText("360 feedback")).click();
		this.browser.find(By.linkText("Report")).click();
		assertThat(this.browser.find(By.id("result-clear-communication")).getText()).contains("Blind spot");
		assertThat(this.browser.text()).contains("Partners", "jargon");
		this.browser.screenshot("development-report");
		this.browser.onAPhone(() -> assertThat(this.browser.overflowing()).isEmpty());
	}

	@Test
	void theHeadSeesHowMuchOfItDevelopsAndStaffDoNot() {
		this.browser.signOut().signIn("brm", "demo").go("/");
		this.browser.find(By.linkText("Development")).click();
		this.browser.find(By.partialLinkText("Coverage")).click();
		assertThat(this.browser.find(By.tagName("h1")).getText()).isEqualTo("Development coverage");
		assertThat(this.browser.find(By.id("coverage-PLAN")).getText()).contains("Development plan", "%", " of ");
		assertThat(this.browser.find(By.id("coverage-RELATIONSHIP")).getText()).contains("Owns or shares");
		assertThat(this.browser.driver().findElements(By.cssSelector(".coverage-chart .series"))).hasSize(5);
		assertThat(this.browser.driver().findElements(By.cssSelector("#coverage-groups tbody tr"))).isNotEmpty();
		this.browser.screenshot("development-coverage");
		((org.openqa.selenium.JavascriptExecutor) this.browser.driver())
			.executeScript("document.getElementById('coverage-trend-heading').scrollIntoView()");
		this.browser.screenshot("development-coverage-chart");
		this.browser.onAPhone(() -> {
			assertThat(this.browser.overflowing()).isEmpty();
			((org.openqa.selenium.JavascriptExecutor) this.browser.driver())
				.executeScript("document.getElementById('coverage-groups').scrollIntoView()");
			this.browser.screenshot("development-coverage-phone");
		});

		this.browser.signOut().signIn("staff", "demo").go("/development");
		assertThat(this.browser.driver().findElements(By.partialLinkText("Coverage"))).isEmpty();
		this.browser.go("/development/coverage");
		assertThat(this.browser.text()).doesNotContain("Development coverage");
	}

}
