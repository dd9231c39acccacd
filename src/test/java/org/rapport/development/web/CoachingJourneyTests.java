package org.rapport.development.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.rapport.Browser;
import org.rapport.SignedIn;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.PersonSummary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In real headless Chromium, over the demo organisation: the head of relationship
 * management pairs the IT leader as coach with the staff member; the coach logs a session
 * with a private note; the coachee reads it; the head sees the engagement and its state
 * but never the note.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=true", "rapport.demo.people=150" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoachingJourneyTests {

	private static final String NOTE = "Practised opening the quarterly review with the partner's worries.";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DirectoryManagement directory;

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
	void theCoachLogsASessionTheCoacheeReadsItAndTheHeadSeesOnlyThatItRuns() {
		PersonSummary coach = personOf("lead");
		PersonSummary coachee = personOf("staff");

		this.browser.signOut().signIn("brm", "demo").go("/development").settle();
		this.browser.find(By.partialLinkText("Coaching")).click();
		this.browser.settle();
		this.browser.find(By.xpath("//summary[normalize-space()='Pair a coach with a coachee']")).click();
		this.browser.find(By.id("coachRef")).sendKeys(coach.reference());
		this.browser.find(By.id("coacheeRef")).sendKeys(coachee.reference());
		this.browser.find(By.id("goal")).sendKeys("Lead partner reviews calmly.");
		this.browser.find(By.xpath("//button[normalize-space()='Set up coaching']")).click();
		this.browser.settle();
		this.browser.assertReads(By.cssSelector(".flash-success"), "Coaching for " + coachee.name() + " is set up.");
		String path = this.browser.currentPath();

		this.browser.signOut().signIn("lead", "demo").go("/development/coaching").settle();
		this.browser.find(By.linkText(coach.name() + " coaches " + coachee.name())).click();
		this.browser.settle();
		assertThat(this.browser.find(By.id("goals")).getText()).contains("Lead partner reviews calmly.");
		this.browser.find(By.id("note")).sendKeys(NOTE);
		this.browser.find(By.xpath("//button[normalize-space()='Log the session']")).click();
		this.browser.settle();
		this.browser.assertReads(By.cssSelector(".flash-success"), "The session is logged.");
		assertThat(this.browser.find(By.id("sessions")).getText()).contains(NOTE);
		this.browser.screenshot("coaching-engagement");
		assertThat(this.browser.overflowingOnAPhone()).isEmpty();

		this.browser.signOut().signIn("staff", "demo").go(path).settle();
		assertThat(this.browser.find(By.id("sessions")).getText()).contains(NOTE);
		this.browser.go("/development/coaching").settle();
		this.browser.screenshot("coaching-overview");
		assertThat(this.browser.overflowingOnAPhone()).isEmpty();

		this.browser.signOut().signIn("brm", "demo").go(path).settle();
		assertThat(this.browser.text()).contains(coach.name() + " coaches " + coachee.name())
			.contains("Active")
			.doesNotContain(NOTE)
			.doesNotContain("Lead partner reviews calmly.");
		this.browser.go("/development/coaching").settle();
		assertThat(this.browser.find(By.id("coaching-coverage")).getText()).contains(coachee.name());
		assertThat(this.browser.text()).doesNotContain(NOTE);
		this.browser.screenshot("coaching-coverage");
		assertThat(this.browser.overflowingOnAPhone()).isEmpty();

		// The coachee ends it: an outcome of blanks is refused beside its field, then a
		// real one ends it and takes no more sessions.
		this.browser.signOut().signIn("staff", "demo").go(path).settle();
		this.browser.find(By.xpath("//summary[normalize-space()='When you are done, say what came of it']")).click();
		this.browser.find(By.id("outcome")).sendKeys("   ");
		this.browser.find(By.xpath("//button[normalize-space()='End the coaching']")).click();
		this.browser.settle();
		assertThat(this.browser.find(By.cssSelector("#ending .field-error")).getText())
			.contains("Say what came of the coaching");
		this.browser.find(By.id("outcome")).sendKeys("I run partner reviews without losing my temper.");
		this.browser.find(By.xpath("//button[normalize-space()='End the coaching']")).click();
		this.browser.settle();
		this.browser.assertReads(By.cssSelector(".flash-success"), "The coaching has ended.");
		assertThat(this.browser.text()).contains("I run partner reviews without losing my temper.");
		assertThat(this.browser.driver().findElements(By.id("log-session"))).isEmpty();
	}

	private PersonSummary personOf(String username) {
		long id = this.jdbc.sql("select person_id from accounts_account where username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
		return SignedIn.asSystem(() -> this.directory.person(id));
	}

}
