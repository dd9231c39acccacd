package org.rapport.recognition.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.rapport.Browser;
import org.rapport.FreePort;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountManagement;
import org.rapport.directory.DirectoryManagement;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;
import org.rapport.surveys.Channel;
import org.rapport.surveys.SurveyManagement;
import org.rapport.surveys.SurveyMother;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In real headless Chromium: a partner opens the praise link of the pulse invitation that
 * reached them over SMTP, thanks the relationship's owner for explaining clearly, is
 * thanked in turn, and finds the link spent; the head of relationship management sees the
 * praise on the feed, marked as a partner's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=false", "spring.mail.host=localhost", "rapport.mail.drain-interval=1s",
				"db-scheduler.enabled=true", "db-scheduler.polling-interval=1s",
				"rapport.base-url=https://rapport.example.com/" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PraiseJourneyTests {

	static final int SMTP_PORT = FreePort.next();

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP))
		.withPerMethodLifecycle(false);

	/** A praise link in an email, the part after the base URL. */
	private static final Pattern LINK = Pattern.compile("https://rapport\\.example\\.com(/praise/[A-Za-z0-9_-]{22})");

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@LocalServerPort
	int port;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	RelationshipManagement relationships;

	@Autowired
	SurveyManagement surveys;

	@Autowired
	UserDetailsService users;

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
	void aPartnerThanksTheOwnerFromTheirInvitationEmail() throws Exception {
		RelationshipMother mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		SurveyMother pulses = new SurveyMother(mother, this.directory, this.surveys, this.jdbc, this.users);
		RelationshipMother.Sample finance = pulses.organisation().finance();
		pulses.launch(Channel.PULSE, 5, 5, List.of(), finance.id());
		String owner = SignedIn.asSystem(() -> this.directory.person(finance.ownerId()).name());

		assertThat(smtp.waitForIncomingEmail(30_000, 6)).isTrue();
		String text = GreenMailUtil.getBody(smtp.getReceivedMessages()[0]);
		Matcher link = LINK.matcher(text);
		assertThat(link.find()).as(text).isTrue();
		String message = "Explained the outage in words our shift leads could pass on.";

		this.browser.signOut();
		this.browser.onAPhone(() -> {
			this.browser.go(link.group(1));
			assertThat(this.browser.find(By.tagName("h1")).getText()).isEqualTo("Thank someone in IT");
			this.browser.find(By.xpath("//label[span[normalize-space()='" + owner + "']]/input")).click();
			this.browser.find(By.xpath("//label[span[normalize-space()='Explained clearly']]/input")).click();
			this.browser.find(By.id("message")).sendKeys(message);
			assertThat(this.browser.overflowing()).isEmpty();
			this.browser.screenshot("partner-praise");
			this.browser.find(By.xpath("//button[normalize-space()='Send praise']")).click();
			this.browser.assertShows(By.cssSelector(".flash-info"), "Thank you.");
			assertThat(this.browser.driver().findElements(By.id("praise-form"))).isEmpty();
			// The link has sent its praise: opened again, it says so and offers no form.
			this.browser.go(link.group(1));
			assertThat(this.browser.text()).contains("Your praise is on its way");
			assertThat(this.browser.driver().findElements(By.id("praise-form"))).isEmpty();
		});

		this.browser.signIn(pulses.user("head"), pulses.password()).go("/recognition").settle();
		WebElement newest = this.browser.find(By.cssSelector("#kudos-list > li.kudos"));
		assertThat(newest.findElement(By.cssSelector(".kudos-message")).getText()).isEqualTo(message);
		assertThat(newest.findElement(By.cssSelector(".kudos-who")).getText()).contains("praised " + owner)
			.contains("partner praise");
		this.browser.screenshot("recognition-partner-praise");
	}

}
