package org.rapport.relationships.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.rapport.Browser;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.directory.DirectoryManagement;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;
import org.rapport.relationships.Stance;
import org.rapport.relationships.StakeholderDraft;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In real headless Chromium, the owner of a relationship corrects a stakeholder's stance
 * and sees the health score follow, then removes another stakeholder.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=false", "rapport.admin.username=root",
				"rapport.admin.password=deep-cellar-key" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StakeholderJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	RelationshipManagement relationships;

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
	void theOwnerTurnsASupporterIntoADetractorSeesTheHealthFallAndRemovesAnotherStakeholder() {
		RelationshipMother mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		RelationshipMother.Sample sample = mother.sample("Journey");
		String buyer = sample.stakeholder().name();
		String clerk = mother.named("Clerk");
		SignedIn.asSystem(() -> this.relationships.addStakeholder(sample.id(),
				new StakeholderDraft(null, clerk, null, "Accounts clerk", 1, 2, Stance.NEUTRAL, null)));
		mother.account("journey-owner", "journey-password", sample.ownerId(), Role.IT_STAFF);
		this.browser.signOut().signIn("journey-owner", "journey-password").go("/relationships/" + sample.id());

		By stance = By.cssSelector("#health tr[data-component='STANCE']");
		By score = By.cssSelector("#health .score-large");
		String scoreBefore = this.browser.find(score).getText();
		assertThat(this.browser.find(stance).getText()).contains("1 supporter").contains("1 neutral");

		this.browser.find(By.cssSelector("nav.tabs a[href$='section=stakeholders']")).click();
		this.browser.find(By.cssSelector("a[aria-label='Edit " + buyer + "']")).click();
		WebElement form = this.browser.find(By.cssSelector("#stakeholder-change-form form"));
		assertThat(form.getText()).contains("Change " + buyer);
		new Select(this.browser.find(By.id("change-stance"))).selectByVisibleText("Detractor");
		new Select(this.browser.find(By.id("change-influence"))).selectByVisibleText("5");
		screenshot("stakeholder-edit", "stakeholder-change-form");
		assertThat(this.browser.overflowingOnAPhone()).isEmpty();
		form.findElement(By.cssSelector("button[type=submit]")).click();

		this.browser.waitFor()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#stakeholders table"),
					"Detractor"));
		assertThat(this.browser.currentPath()).isEqualTo("/relationships/" + sample.id() + "?section=stakeholders");
		screenshot("stakeholder-edited", "stakeholders");
		assertThat(this.browser.overflowingOnAPhone()).isEmpty();

		this.browser.find(By.cssSelector("nav.tabs a:first-child")).click();
		this.browser.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(stance, "1 detractor"));
		assertThat(this.browser.find(score).getText()).isNotEqualTo(scoreBefore);
		assertThat(this.browser.find(By.cssSelector("#health .alert-DETRACTOR")).getText()).isNotBlank();
		this.browser.find(By.cssSelector("nav.tabs a[href$='section=stakeholders']")).click();

		this.browser.find(By.cssSelector("summary[aria-label='Remove " + clerk + "']")).click();
		WebElement confirm = this.browser.find(By.xpath("//summary[@aria-label='Remove " + clerk + "']/.."));
		assertThat(confirm.getText()).contains("Remove " + clerk + " from the stakeholders?");
		screenshot("stakeholder-remove-confirm", "stakeholders");
		confirm.findElement(By.cssSelector("button[type=submit]")).click();

		this.browser.waitFor()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("stakeholders"),
					clerk + " is no longer a stakeholder."));
		assertThat(this.browser.find(By.cssSelector("#stakeholders table")).getText()).doesNotContain(clerk)
			.contains(buyer);
		this.browser.find(By.cssSelector("nav.tabs a:first-child")).click();
		assertThat(this.browser.find(stance).getText()).doesNotContain("neutral");
	}

	/**
	 * Screenshots of a part of the page at desktop and phone width, each scrolled to it.
	 */
	private void screenshot(String name, String id) {
		scrollTo(id);
		this.browser.screenshot(name);
		var window = this.browser.driver().manage().window();
		Dimension desktop = window.getSize();
		try {
			window.setSize(new Dimension(390, 844));
			scrollTo(id);
			Files.write(Path.of("target", "screenshots", name + "-phone.png"),
					((TakesScreenshot) this.browser.driver()).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			window.setSize(desktop);
		}
	}

	private void scrollTo(String id) {
		((JavascriptExecutor) this.browser.driver())
			.executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
	}

}
