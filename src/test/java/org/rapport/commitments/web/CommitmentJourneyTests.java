package org.rapport.commitments.web;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rapport.Browser;
import org.rapport.SignedIn;
import org.rapport.commitments.CommitmentFixtures;
import org.rapport.commitments.CommitmentManagement;
import org.rapport.directory.DirectoryFixtures;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.PersonDraft;
import org.rapport.relationships.RelationshipDraft;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.Tier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recording and correcting commitments in real headless Chromium: a promise due before
 * today comes back with the error beside its day and what was typed, and a pending
 * promise is edited from its row.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "rapport.demo.enabled=false",
		"rapport.admin.username=root", "rapport.admin.password=deep-cellar-key" })
class CommitmentJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	RelationshipManagement relationships;

	@Autowired
	CommitmentManagement commitments;

	@Autowired
	Clock clock;

	Browser browser;

	long relationship;

	String ownerRef;

	String run;

	@BeforeEach
	void relationshipWithAPendingCommitment() {
		this.browser = Browser.open(this.port);
		DirectoryFixtures people = DirectoryFixtures.of(this.directory);
		this.run = people.run();
		long group = people.itGroup("Journey IT");
		this.ownerRef = "JRN-" + this.run;
		long owner = SignedIn.asSystem(() -> this.directory
			.createPerson(new PersonDraft("Keeper " + this.run, this.ownerRef, null, null, group, null, true))
			.id());
		SignedIn.asSystem(() -> {
			this.relationship = this.relationships
				.establish(new RelationshipDraft(group, people.businessUnit("Journey Sales"), owner, Tier.CORE, null))
				.id();
			return new CommitmentFixtures(this.commitments).make(this.relationship, "Send the price list " + this.run,
					owner, LocalDate.now(this.clock).plusDays(10));
		});
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void aPromiseDueBeforeTodayShowsTheErrorBesideItsDayThenAPendingPromiseIsEdited() {
		this.browser.signIn("root", "deep-cellar-key").go("/relationships/" + this.relationship + "/commitments");
		this.browser.openPanel("Record a commitment");
		this.browser.find(By.id("commitment-description")).sendKeys("Send the minutes " + this.run);
		this.browser.find(By.id("commitment-owner")).sendKeys(this.ownerRef);
		// The day field offers no day before today; a browser that ignores that posts
		// one.
		script("const day = document.getElementById('commitment-due'); day.value = arguments[0];"
				+ " day.form.noValidate = true", LocalDate.now(this.clock).minusDays(1).toString());
		this.browser.find(By.xpath("//button[normalize-space()='Record a commitment']")).click();

		WebElement error = this.browser
			.find(By.xpath("//input[@id='commitment-due']/following-sibling::p[@class='field-error']"));
		assertThat(error.getText()).contains("The due date is in the past");
		assertThat(this.browser.find(By.id("commitment-due")).getAttribute("class")).contains("is-invalid");
		assertThat(this.browser.find(By.id("commitment-description")).getDomProperty("value"))
			.isEqualTo("Send the minutes " + this.run);
		script("document.getElementById('commitment-due').scrollIntoView({block: 'center'})");
		this.browser.screenshot("commitment-past-due");
		this.browser.onAPhone(() -> {
			assertThat(this.browser.overflowing()).as("elements wider than a phone").isEmpty();
			assertThat(script("return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
				.as("how far the page scrolls sideways on a phone, wider than: %s", widest())
				.isEqualTo(0L);
			script("document.getElementById('commitment-due').scrollIntoView({block: 'center'})");
			this.browser.screenshot("commitment-past-due-on-phone");
		});

		String row = "//tr[td[normalize-space()='Send the price list " + this.run + "']]";
		this.browser.find(By.xpath(row + "//a[normalize-space()='Edit']")).click();
		WebElement description = this.browser.find(By.id("amend-description"));
		assertThat(description.getDomProperty("value")).isEqualTo("Send the price list " + this.run);
		description.clear();
		description.sendKeys("Send the revised price list " + this.run);
		this.browser.screenshot("commitment-edit");
		this.browser.find(By.xpath("//button[normalize-space()='Save the commitment']")).click();

		this.browser.assertShows(By.cssSelector(".flash-success"), "saved");
		this.browser.waitFor()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("commitments"),
					"Send the revised price list " + this.run));
		assertThat(this.browser.currentPath())
			.isEqualTo("/relationships/" + this.relationship + "?section=commitments");
		assertThat(this.browser.find(By.id("commitments")).getText()).doesNotContain("Send the price list " + this.run);
	}

	private Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) this.browser.driver()).executeScript(script, arguments);
	}

	private Object widest() {
		return script("""
				const width = document.documentElement.clientWidth;
				return [...document.querySelectorAll('body *')]
				  .filter((e) => e.getBoundingClientRect().right > width + 1)
				  .map((e) => e.tagName + '.' + e.className + '#' + e.id + ':' + e.getBoundingClientRect().right)
				  .slice(0, 20).join(', ') + ' in ' + width;
				""");
	}

}
