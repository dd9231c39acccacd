package org.rapport.surveys.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.rapport.Browser;
import org.rapport.FreePort;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.PersonDraft;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;
import org.rapport.relationships.Stance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In real headless Chromium: the head of relationship management prepares a pulse (a
 * refusal on the way keeps what was typed) and launches it; partners answer their links
 * on a phone-sized window; the results show only once the fifth response is in; the CIO
 * reads them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=false", "spring.mail.host=localhost", "rapport.mail.drain-interval=1s",
				"db-scheduler.enabled=true", "db-scheduler.polling-interval=1s",
				"rapport.base-url=https://rapport.example.com/" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyJourneyTests {

	/** A free port for the SMTP server, known before the application starts. */
	static final int SMTP_PORT = FreePort.next();

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP))
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	/** A survey link in an email, the part after the base URL. */
	private static final Pattern LINK = Pattern.compile("https://rapport\\.example\\.com(/s/[A-Za-z0-9_-]{22})");

	@LocalServerPort
	int port;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	RelationshipManagement relationships;

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
	void theHeadLaunchesAPulsePartnersAnswerOnAPhoneAndResultsShowFromTheFifthResponse() throws Exception {
		RelationshipMother mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		RelationshipMother.Sample sample = mother.sample("Journey Pulse");
		for (int n = 1; n <= 6; n++) {
			String name = "Journey Partner " + n + " " + mother.run();
			String email = "journey" + n + "." + mother.run() + "@example.com";
			long person = SignedIn.asSystem(() -> this.directory
				.createPerson(new PersonDraft(name, null, email, null, sample.counterpartId(), null, false))
				.id());
			mother.stakeholder(sample.id(), person, Stance.NEUTRAL, null);
		}
		String head = "journey-head-" + mother.run();
		String cio = "journey-cio-" + mother.run();
		mother.account(head, "journey-password", mother.itPerson("Journey Head", sample.itGroupId()),
				Role.RELATIONSHIP_MANAGER);
		mother.account(cio, "journey-password", mother.itPerson("Journey Cio", sample.itGroupId()), Role.CIO);

		this.browser.signOut().signIn(head, "journey-password").go("/surveys");
		this.browser.screenshot("surveys-empty");
		this.browser.find(By.linkText("Prepare a campaign")).click();
		this.browser.find(By.id("campaign-form"));
		this.browser.find(By.id("name")).sendKeys("Journey pulse");
		this.browser.find(By.xpath("//button[normalize-space()='Prepare the campaign']")).click();

		// No relationship chosen: the refusal stands beside the field and the name stays.
		this.browser.assertReads(By.cssSelector("#relationshipIds ~ .field-error"),
				"Choose at least one relationship to survey");
		assertThat(this.browser.find(By.id("name")).getDomProperty("value")).isEqualTo("Journey pulse");
		new Select(this.browser.find(By.id("relationshipIds"))).selectByValue(String.valueOf(sample.id()));
		this.browser.screenshot("campaign-form");
		assertThat(this.browser.overflowingOnAPhone()).isEmpty();
		this.browser.find(By.xpath("//button[normalize-space()='Prepare the campaign']")).click();

		this.browser.assertShows(By.cssSelector(".flash-success"), "Journey pulse");
		String campaignPath = this.browser.currentPath();
		this.browser.find(By.cssSelector("details.confirm > summary")).click();
		this.browser.find(By.xpath("//button[normalize-space()='Launch now']")).click();
		this.browser.assertShows(By.cssSelector(".flash-success"), "Launched: 6 invitations written.");
		assertThat(this.browser.find(By.id("results")).getText()).contains("Too few responses to show yet");
		this.browser.screenshot("campaign-launched");
		long campaign = Long.parseLong(campaignPath.substring(campaignPath.lastIndexOf('/') + 1));

		// The invitations arrive by email, over SMTP, each with its own link.
		assertThat(smtp.waitForIncomingEmail(30_000, 6))
			.as(() -> "the outbox: "
					+ this.jdbc.sql("select state, attempts, last_error from notification_email").query().listOfRows())
			.isTrue();
		List<String> links = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			String text = GreenMailUtil.getBody(message);
			Matcher link = LINK.matcher(text);
			assertThat(link.find()).as(text).isTrue();
			links.add(link.group(1));
		}
		assertThat(links).hasSize(6).doesNotHaveDuplicates();
		assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("Journey pulse: how is IT doing?");
		this.browser.signOut();
		int[] scores = { 10, 9, 3, 8, 10 };
		this.browser.onAPhone(() -> {
			for (int i = 0; i < scores.length; i++) {
				this.browser.go(links.get(i));
				assertThat(this.browser.text()).contains("This survey is anonymous");
				this.browser.find(By.cssSelector("input[name='answers[recommend].score'][value='" + scores[i] + "']"))
					.findElement(By.xpath(".."))
					.click();
				this.browser.waitFor()
					.until(ExpectedConditions
						.presenceOfElementLocated(By.cssSelector("#reasons input[type=checkbox]")));
				this.browser.find(By.cssSelector("#reasons input[type=checkbox]")).findElement(By.xpath("..")).click();
				if (i == 0) {
					assertThat(this.browser.overflowing()).isEmpty();
					this.browser.screenshot("respondent-survey");
				}
				this.browser.find(By.xpath("//button[normalize-space()='Send my answers']")).click();
				this.browser.assertShows(By.cssSelector(".flash-info"), "Thank you.");
				if (i == 3) {
					this.browser.signIn(head, "journey-password").go(campaignPath);
					assertThat(this.browser.find(By.id("results")).getText()).contains("Too few responses to show yet",
							"4 responses so far; figures show from 5.");
					this.browser.signOut();
				}
			}
			// A link answered already says so politely, and takes nothing more.
			this.browser.go(links.get(0));
			assertThat(this.browser.text()).contains("Your answers are recorded");
			assertThat(this.browser.driver().findElements(By.id("survey-form"))).isEmpty();
		});

		this.browser.signIn(cio, "journey-password").go(campaignPath);
		// 10, 9, 10 promoters (60 %), 3 a detractor (20 %): NPS 40.
		WebElement results = this.browser.find(By.id("results"));
		assertThat(results.findElement(By.cssSelector(".nps-value")).getText()).isEqualTo("40");
		assertThat(results.getText()).contains("3 promoters, 1 passives, 1 detractors");
		this.browser.screenshot("campaign-results");
		assertThat(this.browser.overflowingOnAPhone()).isEmpty();
	}

}
