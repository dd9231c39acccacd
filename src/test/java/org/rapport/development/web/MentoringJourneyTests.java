package org.rapport.development.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.rapport.Browser;
import org.rapport.SignedIn;
import org.rapport.development.MenteeDraft;
import org.rapport.development.MentorDraft;
import org.rapport.development.Mentoring;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In real headless Chromium, over the demo organisation: the head of relationship
 * management opens a programme; the IT staff member signs up as a mentee, told beside the
 * field when no goal is chosen with what they wrote kept; the head runs the matching,
 * reads its summary and proposal, is refused a mentor who is full, and publishes; then
 * the staff member sees their new mentor and logs a session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=true", "rapport.demo.people=150" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MentoringJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Mentoring mentoring;

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
	void theHeadRunsTheMatchingAndPublishesThePairsAndTheMenteeSeesTheirs() {
		// People in IT who manage no one and have no account: in no one's reporting line.
		List<Map<String, Object>> colleagues = this.jdbc.sql("""
				select p.id, p.name from directory_person p
				where p.in_it and not exists (select 1 from directory_person m where m.manager_id = p.id)
				  and p.id not in (select a.person_id from accounts_account a where a.person_id is not null)
				order by p.id desc
				""").query().listOfRows();
		String journeyMentor = (String) colleagues.get(0).get("name");

		this.browser.signOut().signIn("brm", "demo").go("/development").settle();
		this.browser.find(By.partialLinkText("Mentoring")).click();
		this.browser.settle();
		this.browser.find(By.xpath("//summary[normalize-space()='Name a new programme']")).click();
		this.browser.find(By.id("name")).sendKeys("Autumn mentoring");
		this.browser.find(By.id("description")).sendKeys("Three months with a colleague who does it well.");
		this.browser.find(By.xpath("//button[normalize-space()='Open the programme']")).click();
		this.browser.settle();
		this.browser.assertReads(By.cssSelector(".flash-success"), "Autumn mentoring is open for sign-ups.");
		String programmePath = this.browser.currentPath();
		long programme = Long.parseLong(programmePath.substring(programmePath.lastIndexOf('/') + 1));
		SignedIn.asSystem(() -> {
			this.mentoring.enrolMentor(programme, id(colleagues, 0),
					new MentorDraft(List.of("clear-communication"), 1));
			this.mentoring.enrolMentor(programme, id(colleagues, 1),
					new MentorDraft(List.of("empathy", "influence"), 2));
			this.mentoring.enrolMentor(programme, id(colleagues, 2),
					new MentorDraft(List.of("business-understanding", "collaboration"), 1));
			this.mentoring.enrolMentee(programme, id(colleagues, 3),
					new MenteeDraft(List.of("empathy"), "Hear the partner out.", null, null));
			this.mentoring.enrolMentee(programme, id(colleagues, 4),
					new MenteeDraft(List.of("influence"), "Move decisions along.", null, null));
			this.mentoring.enrolMentee(programme, id(colleagues, 5),
					new MenteeDraft(List.of("collaboration"), "Work as one IT.", null, null));
			return null;
		});

		this.browser.signOut().signIn("staff", "demo").go(programmePath).settle();
		String note = "Explain our changes in the terms of the business.";
		this.browser.find(By.id("note")).sendKeys(note);
		this.browser.find(By.xpath("//button[normalize-space()='Sign up as mentee']")).click();
		this.browser.settle();
		this.browser.assertReads(By.id("goals-error"), "Choose one to 3 competencies of the framework.");
		assertThat(this.browser.find(By.id("note")).getDomProperty("value")).isEqualTo(note);
		this.browser
			.find(By
				.xpath("//section[@id='mentee-signup']//label[span[normalize-space()='Clear communication']]/input"))
			.click();
		this.browser.find(By.xpath("//button[normalize-space()='Sign up as mentee']")).click();
		this.browser.settle();
		this.browser.assertReads(By.cssSelector(".flash-success"),
				"You signed up as a mentee. You will hear from Rapport when the pairs are published.");
		assertThat(this.browser.find(By.id("my-signup")).getText()).contains("Clear communication").contains(note);
		this.browser.screenshot("mentoring-signup");
		assertThat(this.browser.overflowingOnAPhone()).isEmpty();

		this.browser.signOut().signIn("brm", "demo").go(programmePath).settle();
		assertThat(this.browser.find(By.cssSelector("[data-testid=mentees]")).getText()).isEqualTo("4");
		this.browser.find(By.xpath("//button[normalize-space()='Run the matching']")).click();
		this.browser.settle();
		this.browser.assertReads(By.cssSelector(".flash-success"),
				"The matching ran: 4 mentees matched. Review the pairs below, change any by hand, then publish.");
		assertThat(this.browser.find(By.cssSelector("[data-testid=matched]")).getText()).isEqualTo("4");
		// The stated goals, and 6 for the staff member's 360 blind spot that their
		// mentor offers: 10 + 6 = 16 on the staff member's pair.
		assertThat(this.browser.find(By.cssSelector("[data-testid=total]")).getText()).isEqualTo("46");
		assertThat(this.browser.find(By.cssSelector("[data-testid=unmatched]")).getText()).isEqualTo("0");
		String staffName = this.jdbc.sql("""
				select p.name from directory_person p join accounts_account a on a.person_id = p.id
				where a.username = 'staff'
				""").query(String.class).single();
		assertThat(this.browser
			.find(By.xpath("//table[contains(@class,'proposal-table')]//tr[td[normalize-space()='" + staffName + "']]"))
			.getText()).contains(journeyMentor).contains("Clear communication").contains("16");

		// The staff member's mentor takes one mentee: giving them another is refused.
		new Select(this.browser.find(By.id("menteeId"))).selectByVisibleText((String) colleagues.get(5).get("name"));
		new Select(this.browser.find(By.id("mentorId"))).selectByVisibleText(journeyMentor + " (1 of 1)");
		this.browser.find(By.xpath("//button[normalize-space()='Change the pair']")).click();
		this.browser.settle();
		this.browser.assertReads(By.id("mentorId-error"), journeyMentor
				+ " has no place left: they take 1 mentee. Free a place first, or choose another mentor.");
		assertThat(this.browser.find(By.cssSelector("[data-testid=total]")).getText()).isEqualTo("46");
		((org.openqa.selenium.JavascriptExecutor) this.browser.driver())
			.executeScript("document.getElementById('matching').scrollIntoView()");
		this.browser.screenshot("mentoring-proposal");
		assertThat(this.browser.overflowingOnAPhone()).isEmpty();

		this.browser.find(By.xpath("//button[normalize-space()='Publish the pairs']")).click();
		this.browser.settle();
		this.browser.assertReads(By.cssSelector(".flash-success"),
				"4 pairs are published, and each mentor and mentee is emailed.");
		assertThat(this.browser.driver().findElements(By.xpath("//button[normalize-space()='Publish the pairs']")))
			.isEmpty();

		this.browser.signOut().signIn("staff", "demo").go("/development/mentoring").settle();
		this.browser.find(By.linkText("Your mentor: " + journeyMentor)).click();
		this.browser.settle();
		assertThat(this.browser.text()).contains("Autumn mentoring").contains("Clear communication");
		this.browser.find(By.id("note")).sendKeys("Rewrote the release note for Sales together.");
		this.browser.find(By.xpath("//button[normalize-space()='Log the session']")).click();
		this.browser.settle();
		this.browser.assertReads(By.cssSelector(".flash-success"), "The session is logged.");
		assertThat(this.browser.find(By.id("sessions")).getText())
			.contains("Rewrote the release note for Sales together.");
		this.browser.screenshot("mentoring-pair");
		assertThat(this.browser.overflowingOnAPhone()).isEmpty();
		this.browser.go("/development/mentoring").settle();
		this.browser.screenshot("mentoring-overview");
		assertThat(this.browser.overflowingOnAPhone()).isEmpty();

		// Someone outside the pair finds nothing there.
		String pairPath = this.jdbc.sql("""
				select '/development/mentoring/pairs/' || x.id from development_mentoring_pair x
				where x.programme_id = :p and x.mentor_id = :m
				""").param("p", programme).param("m", id(colleagues, 0)).query(String.class).single();
		this.browser.signOut().signIn("lead", "demo").go(pairPath).settle();
		this.browser.assertReads(By.cssSelector(".error-code"), "404");

		// The mentee closes the pair with what came of it; it then takes no more
		// sessions.
		this.browser.signOut().signIn("staff", "demo").go(pairPath).settle();
		this.browser.find(By.xpath("//summary[normalize-space()='When you are done, say what came of it']")).click();
		this.browser.find(By.id("outcome")).sendKeys("My release notes now read as the business speaks.");
		this.browser.find(By.xpath("//button[normalize-space()='Close the pair']")).click();
		this.browser.settle();
		this.browser.assertReads(By.cssSelector(".flash-success"), "The pair is closed. Thank you for taking part.");
		assertThat(this.browser.text()).contains("My release notes now read as the business speaks.");
		assertThat(this.browser.driver().findElements(By.id("log-session"))).isEmpty();
	}

	private static long id(List<Map<String, Object>> people, int index) {
		return ((Number) people.get(index).get("id")).longValue();
	}

}
