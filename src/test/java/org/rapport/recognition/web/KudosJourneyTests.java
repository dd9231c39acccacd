package org.rapport.recognition.web;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.rapport.Browser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In real headless Chromium, over the demo organisation: the IT staff member thanks a
 * colleague, is told beside the field when no value is chosen with what they wrote kept,
 * then sees the kudos at the top of the feed and on the colleague's page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=true", "rapport.demo.people=150" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KudosJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

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
	void staffThankAColleagueAndSeeItOnTheFeedAndTheirPage() {
		Map<String, Object> colleague = this.jdbc.sql("""
				select p.id, p.employee_id, p.name from directory_person p
				where p.in_it and p.employee_id is not null
				  and p.id not in (select a.person_id from accounts_account a where a.person_id is not null)
				order by p.id
				""").query().listOfRows().get(0);
		String message = "Stayed on the bridge call until Finance's close could go on.";
		this.browser.signOut().signIn("staff", "demo").go("/recognition").settle();
		// The demo's kudos are on the feed already.
		assertThat(this.browser.driver().findElements(By.cssSelector("#kudos-list > li.kudos"))).isNotEmpty();

		this.browser.find(By.id("recipientRef")).sendKeys((String) colleague.get("employee_id"));
		this.browser.find(By.id("message")).sendKeys(message);
		this.browser.find(By.xpath("//button[normalize-space()='Send kudos']")).click();
		this.browser.settle();
		assertThat(this.browser.find(By.id("values-error")).getText())
			.isEqualTo("Choose at least one value the kudos are for.");
		assertThat(this.browser.find(By.id("message")).getDomProperty("value")).isEqualTo(message);

		this.browser.find(By.xpath("//label[span[normalize-space()='Went the extra mile']]/input")).click();
		this.browser.find(By.xpath("//label[span[normalize-space()='Kept a promise']]/input")).click();
		this.browser.find(By.xpath("//button[normalize-space()='Send kudos']")).click();
		this.browser.settle();
		this.browser.assertReads(By.cssSelector(".flash-success"),
				"Your kudos to " + colleague.get("name") + " are on the feed.");
		WebElement newest = this.browser.find(By.cssSelector("#kudos-list > li.kudos"));
		assertThat(newest.findElement(By.cssSelector(".kudos-message")).getText()).isEqualTo(message);
		assertThat(newest.findElements(By.cssSelector(".kudos-values .badge"))).extracting(WebElement::getText)
			.containsExactly("Kept a promise", "Went the extra mile");
		this.browser.screenshot("recognition-feed");
		assertThat(this.browser.overflowingOnAPhone()).isEmpty();

		newest.findElement(By.linkText((String) colleague.get("name"))).click();
		this.browser.settle();
		WebElement received = this.browser.find(By.cssSelector("#person-kudos"));
		assertThat(received.getText()).contains("Kudos received").contains(message);
		this.browser.screenshot("person-kudos");
		assertThat(this.browser.overflowingOnAPhone()).isEmpty();
	}

	@Test
	void staffNominateAColleagueAndTheHeadApprovesWithTheScorecardBeside() {
		Map<String, Object> colleague = this.jdbc.sql("""
				select p.id, p.employee_id, p.name from directory_person p
				where p.in_it and p.employee_id is not null
				  and p.id not in (select a.person_id from accounts_account a where a.person_id is not null)
				order by p.id desc
				""").query().listOfRows().get(0);
		String reason = "Turned the plant complaints into a monthly review they now look forward to.";
		this.browser.signOut().signIn("staff", "demo").go("/recognition/awards").settle();
		new org.openqa.selenium.support.ui.Select(this.browser.find(By.id("awardKey")))
			.selectByVisibleText("Promise keeper of the quarter");
		this.browser.find(By.id("nomineeRef")).sendKeys((String) colleague.get("employee_id"));
		this.browser.find(By.id("reason")).sendKeys(reason);
		this.browser.find(By.xpath("//button[normalize-space()='Nominate']")).click();
		this.browser.settle();
		this.browser.assertReads(By.cssSelector(".flash-success"),
				"Your nomination of " + colleague.get("name") + " is with the head of relationship management.");
		// Staff do not decide.
		assertThat(this.browser.driver().findElements(By.id("to-decide"))).isEmpty();

		this.browser.signOut().signIn("brm", "demo").go("/recognition/awards").settle();
		WebElement nomination = this.browser
			.find(By.xpath("//article[contains(@class,'nomination')][.//p[normalize-space()='" + reason + "']]"));
		assertThat(nomination.getText()).contains((String) colleague.get("name"))
			.contains("Their scorecard this quarter")
			.contains("Commitments kept on time");
		this.browser.screenshot("awards-to-decide");
		assertThat(this.browser.overflowingOnAPhone()).isEmpty();
		nomination.findElement(By.xpath(".//button[normalize-space()='Approve']")).click();
		this.browser.settle();
		this.browser.assertReads(By.cssSelector(".flash-success"),
				"The nomination of " + colleague.get("name") + " is approved.");
		assertThat(this.browser.find(By.cssSelector(".award-list")).getText())
			.contains("Promise keeper of the quarter " + colleague.get("name"))
			.contains(reason);
	}

	@Test
	void theHeadAddsAValueAndIsToldWhyALabelIsRefused() {
		this.browser.signOut().signIn("brm", "demo").go("/recognition").settle();
		this.browser.find(By.linkText("Values and awards")).click();
		this.browser.settle();
		this.browser.find(By.id("new-VALUES")).sendKeys("!!!");
		this.browser.find(By.xpath("//section[@id='list-VALUES']//button[normalize-space()='Add']")).click();
		this.browser.settle();
		this.browser.assertReads(By.id("new-VALUES-error"),
				"Write a label of up to 80 characters, with a letter or digit.");
		assertThat(this.browser.find(By.id("new-VALUES")).getDomProperty("value")).isEqualTo("!!!");

		WebElement field = this.browser.find(By.id("new-VALUES"));
		field.clear();
		field.sendKeys("Followed up the same day");
		this.browser.find(By.xpath("//section[@id='list-VALUES']//button[normalize-space()='Add']")).click();
		this.browser.assertReads(By.cssSelector(".flash-success"), "Followed up the same day is added.");
		this.browser.screenshot("recognition-lists");
		assertThat(this.browser.overflowingOnAPhone()).isEmpty();
		// Offered on the kudos form at once.
		this.browser.signOut().signIn("staff", "demo").go("/recognition").settle();
		assertThat(this.browser.text()).contains("Followed up the same day");
	}

	@Test
	void theLeaderSeesTheTeamsScorecardButNoOtherTeams() {
		long team = this.jdbc.sql("""
				select p.unit_id from directory_person p join accounts_account a on a.person_id = p.id
				where a.username = 'lead'
				""").query(Long.class).single();
		long otherTeam = this.jdbc.sql("""
				select u.id from directory_org_unit u
				where u.kind = 'IT_GROUP' and u.id <> :team and (u.parent_id is null or u.parent_id <> :team)
				order by u.id
				""").param("team", team).query(Long.class).list().get(0);
		this.browser.signOut().signIn("lead", "demo").go("/scorecards").settle();
		this.browser.assertReads(By.cssSelector(".tabs a.is-active"), "Mine");
		assertThat(this.browser.driver().findElements(By.cssSelector(".scorecard-figure"))).hasSize(7);

		this.browser.find(By.partialLinkText("Team: ")).click();
		this.browser.settle();
		assertThat(this.browser.currentPath()).startsWith("/scorecards");
		WebElement relationships = this.browser.find(By.id("figure-relationships"));
		assertThat(relationships.getText()).contains("Relationships held").contains("relationships held on ");
		assertThat(this.browser.find(By.id("figure-recognition")).getText()).contains("kudos from colleagues");
		// The leader sets the team a goal the data measures, and sees where it stands.
		this.browser.find(By.id("goal-title")).sendKeys("Every partner in touch within cadence");
		new org.openqa.selenium.support.ui.Select(this.browser.find(By.id("goal-measure"))).selectByValue("CADENCE");
		WebElement target = this.browser.find(By.id("goal-target"));
		target.clear();
		target.sendKeys("90");
		this.browser.find(By.xpath("//button[normalize-space()='Set the goal']")).click();
		this.browser.settle();
		this.browser.assertReads(By.cssSelector("#goals .flash-success"),
				"Goal set: Every partner in touch within cadence.");
		// Beside the team's goal the demo set: a business review with every strategic
		// partner.
		assertThat(this.browser.driver().findElements(By.cssSelector("#goals .goal"))).hasSize(2);
		assertThat(this.browser.find(By.xpath(
				"//li[contains(@class,'goal')][.//strong[normalize-space()='Every partner in touch within cadence']]"))
			.getText()).contains("Target 90");
		((org.openqa.selenium.JavascriptExecutor) this.browser.driver())
			.executeScript("document.getElementById('goals').scrollIntoView()");
		this.browser.screenshot("team-scorecard");
		assertThat(this.browser.overflowingOnAPhone()).isEmpty();

		this.browser.go("/scorecards?scope=group&id=" + otherTeam).settle();
		this.browser.assertReads(By.cssSelector(".error-code"), "403");
		assertThat(this.browser.driver().findElements(By.cssSelector(".scorecard-figure"))).isEmpty();
	}

}
