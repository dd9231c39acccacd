package org.rapport.interactions.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.rapport.Browser;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.directory.DirectoryManagement;
import org.rapport.interactions.InteractionDraft;
import org.rapport.interactions.InteractionManagement;
import org.rapport.interactions.InteractionType;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In real headless Chromium, the owner of a relationship corrects a touchpoint logged on
 * the wrong day, with a refusal on the way that keeps what was typed, then deletes a
 * touchpoint logged twice; the last contact follows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=false", "rapport.admin.username=root",
				"rapport.admin.password=deep-cellar-key" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InteractionJourneyTests {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	@LocalServerPort
	int port;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	RelationshipManagement relationships;

	@Autowired
	InteractionManagement interactions;

	@Autowired
	UserDetailsService users;

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
	void theOwnerCorrectsATouchpointAndDeletesOneLoggedTwice() {
		RelationshipMother mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		RelationshipMother.Sample sample = mother.sample("Timeline Journey");
		String owner = "timeline-owner-" + mother.run();
		mother.account(owner, "timeline-password", sample.ownerId(), Role.IT_STAFF);
		LocalDate today = LocalDate.now();
		SignedIn.as(this.users, owner, () -> {
			log(sample.id(), today.minusDays(9), "Kick-off workshop");
			log(sample.id(), today.minusDays(2), "Budget call");
			return log(sample.id(), today.minusDays(2), "Budget call");
		});
		this.browser.signOut().signIn(owner, "timeline-password").go("/relationships/" + sample.id());
		this.browser.section("Timeline").settle();

		List<WebElement> entries = this.browser.driver().findElements(By.cssSelector("#timeline .timeline-list > li"));
		assertThat(entries).hasSize(3);
		entries.get(2).findElement(By.linkText("Edit")).click();
		this.browser.find(By.id("interaction-form"));
		setDate(this.browser.find(By.id("occurredOn")), today.minusDays(10));
		WebElement colleagues = this.browser.find(By.id("participantRefs"));
		colleagues.clear();
		colleagues.sendKeys("nobody-at-all");
		WebElement summary = this.browser.find(By.id("summary"));
		summary.clear();
		summary.sendKeys("Kick-off workshop with their buyers");
		this.browser.find(By.xpath("//button[normalize-space()='Save the correction']")).click();

		assertThat(this.browser.find(By.cssSelector("#participantRefs ~ .field-error")).getText())
			.contains("No one has the employee id or email \"nobody-at-all\"");
		assertThat(this.browser.find(By.id("participantRefs")).getDomProperty("value")).isEqualTo("nobody-at-all");
		assertThat(this.browser.find(By.id("summary")).getDomProperty("value"))
			.isEqualTo("Kick-off workshop with their buyers");
		this.browser.screenshot("touchpoint-correction-refused");
		assertThat(this.browser.overflowingOnAPhone()).isEmpty();
		this.browser.find(By.id("participantRefs")).clear();
		new Select(this.browser.find(By.id("type"))).selectByVisibleText("Workshop");
		this.browser.find(By.xpath("//button[normalize-space()='Save the correction']")).click();

		this.browser.assertReads(By.cssSelector(".flash-success"), "The touchpoint was corrected.");
		assertThat(this.browser.currentPath()).isEqualTo("/relationships/" + sample.id() + "?section=timeline");
		this.browser.waitFor()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"),
					"Kick-off workshop with their buyers"));
		assertThat(this.browser.find(By.id("timeline")).getText()).contains(DAY.format(today.minusDays(10)));

		// The timeline's parts load after the page: act on the list once they are in.
		this.browser.settle();
		WebElement twice = this.browser.driver().findElements(By.cssSelector("#timeline .timeline-list > li")).get(0);
		twice.findElement(By.cssSelector("details.confirm > summary")).click();
		assertThat(twice.getText()).contains("Delete this touchpoint? Commitments made in it stay.");
		this.browser.screenshot("touchpoint-delete-confirm");
		twice = this.browser.driver().findElements(By.cssSelector("#timeline .timeline-list > li")).get(0);
		twice.findElement(By.xpath(".//button[normalize-space()='Yes, delete']")).click();

		this.browser.assertReads(By.cssSelector(".flash-success"), "The touchpoint was deleted.");
		this.browser.settle();
		assertThat(this.browser.driver().findElements(By.cssSelector("#timeline .timeline-list > li"))).hasSize(2);
		assertThat(SignedIn.asSystem(() -> this.relationships.relationship(sample.id())).lastContactOn())
			.isEqualTo(today.minusDays(2));
		assertThat(this.browser.overflowingOnAPhone()).isEmpty();
	}

	private long log(long relationship, LocalDate day, String summary) {
		return this.interactions
			.log(relationship, new InteractionDraft(InteractionType.CALL, day, summary, 1, null, null))
			.id();
	}

	/**
	 * Types a day into a date field as the browser's own picker would set it.
	 */
	private void setDate(WebElement field, LocalDate day) {
		((JavascriptExecutor) this.browser.driver()).executeScript("arguments[0].value = arguments[1]", field,
				day.toString());
	}

}
