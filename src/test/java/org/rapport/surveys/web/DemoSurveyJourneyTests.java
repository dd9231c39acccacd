package org.rapport.surveys.web;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.rapport.Browser;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In real headless Chromium, over the demo organisation's year of surveys: the CIO sees
 * the recommendation score across the four quarterly waves, the two business units that
 * doubt IT in the latest wave, and the mirror in which IT rates its empathy far above
 * what its partners perceive.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=true", "rapport.demo.people=150" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoSurveyJourneyTests {

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
	void theCioSeesTheTrendAcrossWavesTheUnitsThatDoubtItAndTheMirror() {
		this.browser.signOut().signIn("cio", "demo").go("/surveys");

		List<WebElement> bars = this.browser.driver().findElements(By.cssSelector(".wave-chart .wave-bar"));
		assertThat(bars).hasSize(4);
		assertThat(this.browser.find(By.id("waves-heading")).getText()).isNotBlank();
		this.browser.screenshot("demo-surveys");
		assertThat(this.browser.overflowingOnAPhone()).isEmpty();

		// The latest wave: the trend's table lists them oldest first.
		List<WebElement> waves = this.browser.driver()
			.findElements(By.cssSelector("section[aria-labelledby='waves-heading'] tbody a"));
		assertThat(waves).hasSize(4);
		this.browser.go(waves.get(3).getDomAttribute("href"));
		this.browser.find(By.linkText("By business unit")).click();
		List<WebElement> rows = this.browser.driver().findElements(By.cssSelector("#results tbody tr"));
		long negative = rows.stream()
			.map((row) -> row.findElements(By.tagName("td")))
			// Invited, responses, NPS.
			.filter((cells) -> cells.size() == 3 && cells.get(2).getText().startsWith("-"))
			.count();
		assertThat(negative).isEqualTo(2);
		this.browser.screenshot("demo-pulse-by-unit");

		this.browser.go("/surveys");
		this.browser.find(By.partialLinkText("Mirror: IT rates itself")).click();
		WebElement mirror = this.browser.find(By.id("mirror"));
		assertThat(mirror.getText()).contains("How IT sees itself beside its partners").contains("Empathy");
		assertThat(mirror.findElements(By.cssSelector(".mirror-chart rect.mirror-it"))).hasSizeGreaterThan(5);
		this.browser.screenshot("demo-mirror");
		assertThat(this.browser.overflowingOnAPhone()).isEmpty();
	}

}
