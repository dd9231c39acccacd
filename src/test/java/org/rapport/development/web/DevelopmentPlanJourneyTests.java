package org.rapport.development.web;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.rapport.Browser;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In real headless Chromium, over the demo organisation: the IT staff member opens their
 * empty development plan from the competency framework, adds a goal (told beside the
 * field what is missing, with what was typed kept), adds a training of the catalogue as
 * an action, checks in at 40 % and sees the goal's progress.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=true", "rapport.demo.people=150" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DevelopmentPlanJourneyTests {

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
	void staffAddAGoalWithATrainingCheckInAndSeeTheirProgress() {
		this.browser.signOut().signIn("staff", "demo").go("/development").settle();
		this.browser.find(By.partialLinkText("My development plan")).click();
		this.browser.settle();
		// The plan the staff member wrote after their 360 is there.
		assertThat(this.browser.find(By.cssSelector(".plan-goal")).getText()).contains("Clear communication");

		new Select(this.browser.find(By.id("competency"))).selectByVisibleText("Handling conflict");
		new Select(this.browser.find(By.id("targetLevel"))).selectByVisibleText("3 · skilled");
		setValue(this.browser.find(By.id("dueOn")), LocalDate.now().plusMonths(4).toString());
		// Blanks pass the browser's check but not the plan's rules.
		this.browser.find(By.id("why")).sendKeys("   ");
		this.browser.find(By.xpath("//button[normalize-space()='Add the goal']")).click();
		this.browser.assertReads(By.id("why-error"), "Say why the goal matters to you, in up to 1,000 characters.");
		assertThat(new Select(this.browser.find(By.id("competency"))).getFirstSelectedOption().getText())
			.isEqualTo("Handling conflict");
		this.browser.find(By.id("why")).clear();
		this.browser.find(By.id("why")).sendKeys("Escalations with Finance end in stand-offs.");
		this.browser.find(By.xpath("//button[normalize-space()='Add the goal']")).click();
		this.browser.assertShows(By.cssSelector(".flash-success"), "Your goal on Handling conflict is in your plan.");

		WebElement goal = this.browser.find(By.xpath("//article[contains(concat(' ', @class, ' '), ' plan-goal ')]"
				+ "[.//h2/span[normalize-space()='Handling conflict']]"));
		String id = goal.getDomAttribute("id").replace("goal-", "");
		goal.findElement(By.xpath(".//summary[normalize-space()='Add an action']")).click();
		new Select(this.browser.find(By.id("kind-" + id))).selectByVisibleText("Training");
		Select course = new Select(this.browser.find(By.id("training-" + id)));
		course.selectByIndex(1);
		String title = course.getFirstSelectedOption().getText();
		goal.findElement(By.xpath(".//button[normalize-space()='Add the action']")).click();
		this.browser.assertShows(By.cssSelector(".flash-success"), "The action is on your goal.");
		assertThat(this.browser.find(By.cssSelector("#goal-" + id + " .plan-actions")).getText()).contains("Training")
			.contains(title);

		WebElement progress = this.browser.find(By.id("progress-" + id));
		progress.clear();
		progress.sendKeys("40");
		this.browser.find(By.id("note-" + id)).sendKeys("Named the disagreement early on the budget call.");
		this.browser.find(By.xpath("//article[@id='goal-" + id + "']//button[normalize-space()='Check in']")).click();
		this.browser.assertShows(By.cssSelector(".flash-success"), "Checked in at 40 %.");
		assertThat(this.browser.find(By.id("goal-progress-" + id)).getDomProperty("value")).isEqualTo("40");
		assertThat(this.browser.find(By.cssSelector("#goal-" + id + " .plan-progress-value")).getText())
			.isEqualTo("40 %");
		this.browser.screenshot("development-plan");
		assertThat(this.browser.overflowingOnAPhone()).isEmpty();
	}

	private void setValue(WebElement input, String value) {
		((JavascriptExecutor) this.browser.driver()).executeScript("arguments[0].value = arguments[1]", input, value);
	}

}
