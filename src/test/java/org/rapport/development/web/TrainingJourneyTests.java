package org.rapport.development.web;

import java.time.LocalDateTime;

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
 * In real headless Chromium, over the demo organisation: the head of relationship
 * management adds a course (told beside the field what is missing, with what was typed
 * kept) and schedules a session of one seat; the IT staff member finds it in the
 * catalogue, enrols and sees their seat taken; the IT leader, next, is put on the waiting
 * list and told their place.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=true", "rapport.demo.people=150" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingJourneyTests {

	private static final String TITLE = "Saying no without losing the partner";

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
	void staffEnrolInASessionAndTheNextPersonJoinsItsWaitingList() {
		// The head adds a course; a missing competency is named beside its field.
		this.browser.signOut().signIn("brm", "demo").go("/development").settle();
		this.browser.find(By.partialLinkText("Trainings")).click();
		this.browser.settle();
		assertThat(this.browser.driver().findElements(By.cssSelector(".catalogue .course"))).hasSize(8);
		this.browser.find(By.xpath("//summary[normalize-space()='Describe a new course']")).click();
		this.browser.find(By.id("title")).sendKeys(TITLE);
		this.browser.find(By.id("description")).sendKeys("Declining a request while keeping the relationship.");
		new Select(this.browser.find(By.id("format"))).selectByVisibleText("Workshop");
		this.browser.find(By.id("durationHours")).sendKeys("2.5");
		this.browser.find(By.xpath("//button[normalize-space()='Add the course']")).click();
		this.browser.assertReads(By.id("competencies-error"), "Choose at least one competency the course develops.");
		assertThat(this.browser.find(By.id("title")).getDomProperty("value")).isEqualTo(TITLE);
		this.browser.find(By.xpath("//label[span[normalize-space()='Handling conflict']]/input")).click();
		this.browser.find(By.xpath("//button[normalize-space()='Add the course']")).click();
		this.browser.assertReads(By.cssSelector(".flash-success"),
				TITLE + " is in the catalogue. Schedule its first session below.");
		assertThat(this.browser.find(By.cssSelector("main")).getText()).contains("2 h 30 min");

		// A session of one seat, next week.
		LocalDateTime starts = LocalDateTime.now().plusDays(7).withHour(9).withMinute(0).withSecond(0).withNano(0);
		setValue(this.browser.find(By.id("startsAt")), starts.toString());
		setValue(this.browser.find(By.id("endsAt")), starts.plusHours(2).plusMinutes(30).toString());
		this.browser.find(By.id("location")).sendKeys("Head office, room 3");
		this.browser.find(By.id("capacity")).sendKeys("1");
		this.browser.find(By.xpath("//button[normalize-space()='Schedule the session']")).click();
		this.browser.assertShows(By.cssSelector(".flash-success"), "is scheduled.");
		String path = this.browser.currentPath().replaceAll("#.*", "");

		// The staff member finds the course in the catalogue, filtered by its competency.
		this.browser.signOut().signIn("staff", "demo").go("/development/trainings").settle();
		new Select(this.browser.find(By.id("competency-filter"))).selectByVisibleText("Handling conflict");
		this.browser.find(By.xpath("//button[normalize-space()='Filter']")).click();
		WebElement card = this.browser
			.find(By.xpath("//article[contains(@class,'course')][.//h2[contains(normalize-space(),'" + TITLE + "')]]"));
		assertThat(card.getText()).contains("1 seat left").contains("Handling conflict");
		assertThat(this.browser.driver().findElements(By.cssSelector(".catalogue .course"))).hasSize(2);
		this.browser.screenshot("trainings-catalogue");
		assertThat(this.browser.overflowingOnAPhone()).isEmpty();
		card.findElement(By.linkText("Sessions and enrolment")).click();
		this.browser.find(By.xpath("//button[normalize-space()='Enrol']")).click();
		this.browser.assertShows(By.cssSelector(".flash-success"), "You are enrolled in the session on ");
		WebElement session = this.browser.find(By.cssSelector("#sessions .session"));
		assertThat(session.getText()).contains("1 of 1 seats taken, 0 left.")
			.contains("Enrolled")
			.contains("Cancel my enrolment");
		this.browser.screenshot("training-enrolled");
		assertThat(this.browser.overflowingOnAPhone()).isEmpty();
		this.browser.go("/development/trainings").settle();
		assertThat(this.browser.find(By.id("my-trainings")).getText()).contains(TITLE);

		// The session is full: the leader, next, joins its waiting list and is told so.
		this.browser.signOut().signIn("lead", "demo").go(path).settle();
		WebElement join = this.browser.find(By.xpath("//button[normalize-space()='Join the waiting list']"));
		assertThat(this.browser.find(By.cssSelector("#sessions .session")).getText())
			.contains("This session is full: you join its waiting list and get the next seat that frees up.");
		join.click();
		this.browser.assertShows(By.cssSelector(".flash-warn"), "is full, so you are on its waiting list: number 1.");
		assertThat(this.browser.find(By.cssSelector("#sessions .session")).getText()).contains("Waiting list: number 1")
			.contains("1 of 1 seats taken, 0 left; one waiting.")
			.contains("Leave the waiting list");
		this.browser.screenshot("training-waiting");
		assertThat(this.browser.overflowingOnAPhone()).isEmpty();

		// The head sees who holds the seat and who waits.
		this.browser.signOut().signIn("brm", "demo").go(path).settle();
		this.browser.find(By.xpath("//summary[starts-with(normalize-space(),'Who enrolled')]")).click();
		assertThat(this.browser.find(By.cssSelector(".roster-list")).getText()).contains("Enrolled")
			.contains("Waiting list: number 1");
		this.browser.screenshot("training-steer");
		assertThat(this.browser.overflowingOnAPhone()).isEmpty();
	}

	@Test
	void staffSeeWhatTheyCompletedAndJoinTheWaitingListOfTheFullSession() {
		this.browser.signOut().signIn("staff", "demo").go("/development/trainings").settle();
		assertThat(this.browser.find(By.id("my-trainings")).getText()).contains("Completed").contains("Enrolled");
		WebElement full = this.browser.find(By.xpath(
				"//article[contains(@class,'course')][.//h2[contains(normalize-space(),'Difficult conversations with partners')]]"));
		assertThat(full.getText()).contains("Full, 2 waiting");
		full.findElement(By.linkText("Sessions and enrolment")).click();
		this.browser.find(By.xpath("//button[normalize-space()='Join the waiting list']")).click();
		this.browser.assertShows(By.cssSelector(".flash-warn"), "number 3.");
		this.browser.go("/development/trainings/" + this.browser.currentPath().replaceAll("\\D*(\\d+).*", "$1"))
			.settle();
		assertThat(this.browser.find(By.id("past-sessions")).getText()).contains("Sessions held");
		this.browser.screenshot("training-full");
	}

	private void setValue(WebElement input, String value) {
		((JavascriptExecutor) this.browser.driver()).executeScript("arguments[0].value = arguments[1]", input, value);
	}

}
