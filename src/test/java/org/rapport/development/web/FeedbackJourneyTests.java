package org.rapport.development.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.rapport.Browser;
import org.rapport.FreePort;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.directory.DirectoryManagement;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In real headless Chromium: a member of staff starts a 360 on two competencies,
 * nominates three peers and sends them for approval; their manager approves; the
 * invitations reach GreenMail over SMTP; the member of staff rates themselves from their
 * email on a phone and the peers answer from theirs. With two peers in, the report does
 * not show; once the third answers and the round is closed, it shows the peers beside the
 * person's own view and names the blind spot.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=false", "spring.mail.host=localhost", "rapport.mail.drain-interval=1s",
				"db-scheduler.enabled=true", "db-scheduler.polling-interval=1s",
				"rapport.base-url=https://rapport.example.com/" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedbackJourneyTests {

	static final int SMTP_PORT = FreePort.next();

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP))
		.withPerMethodLifecycle(false);

	private static final Pattern LINK = Pattern.compile("https://rapport\\.example\\.com(/f/[A-Za-z0-9_-]{22})");

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
	void staffAnswerFromTheirEmailAndSeeTheReportOnlyOnceThePeersThresholdIsMet() throws Exception {
		RelationshipMother mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		long it = mother.itGroup("Journey 360 IT");
		long mia = mother.person("Journey Mia", it, true, null);
		long sam = mother.person("Journey Sam", it, true, mia);
		List<Long> peers = List.of(mother.person("Journey Pia", it, true, mia),
				mother.person("Journey Pat", it, true, mia), mother.person("Journey Pol", it, true, mia));
		String samLogin = "journey-sam-" + mother.run();
		String miaLogin = "journey-mia-" + mother.run();
		mother.account(samLogin, "sam-password-1", sam, Role.IT_STAFF);
		mother.account(miaLogin, "mia-password-1", mia, Role.IT_LEADER);

		// The member of staff starts a 360 on two competencies and nominates three peers.
		this.browser.signOut().signIn(samLogin, "sam-password-1").go("/development/feedback");
		this.browser.screenshot("feedback-empty");
		assertThat(this.browser.text()).contains("No 360 yet");
		((JavascriptExecutor) this.browser.driver()).executeScript(
				"document.getElementById('closesOn').value = arguments[0]", LocalDate.now().plusDays(14).toString());
		this.browser.find(By.cssSelector("input[name='competencies'][value='active-listening']")).click();
		this.browser.find(By.cssSelector("input[name='competencies'][value='clear-communication']")).click();
		this.browser.find(By.xpath("//button[normalize-space()='Start and choose raters']")).click();
		this.browser.assertShows(By.cssSelector(".flash-success"), "The 360 is started.");
		String roundPath = this.browser.currentPath();

		// Oneself as a peer is refused beside the field, and what was typed stays.
		String samEmail = email(mother, "Journey Sam");
		nominate(samEmail);
		this.browser.assertReads(By.cssSelector("#personRef ~ .field-error"),
				"The person rates themselves as self already; they cannot rate in another group too.");
		assertThat(this.browser.find(By.id("personRef")).getDomProperty("value")).isEqualTo(samEmail);
		for (String peer : List.of("Journey Pia", "Journey Pat", "Journey Pol")) {
			nominate(email(mother, peer));
			this.browser.assertShows(By.cssSelector(".flash-success"), "was added.");
		}
		assertThat(this.browser.find(By.id("raters")).getText()).contains("Journey Pia", "Journey Pat", "Journey Pol");
		this.browser.screenshot("feedback-round-nominating");
		this.browser.find(By.xpath("//button[normalize-space()='Send for approval']")).click();
		this.browser.assertShows(By.cssSelector(".flash-success"), "The raters went to");

		// The manager approves: each rater is emailed their own link.
		this.browser.signOut().signIn(miaLogin, "mia-password-1").go("/development/feedback");
		this.browser.find(By.partialLinkText("Journey Sam")).click();
		this.browser.find(By.xpath("//button[normalize-space()='Approve and invite']")).click();
		this.browser.assertShows(By.cssSelector(".flash-success"), "Approved");
		this.browser.signOut();

		assertThat(smtp.waitForIncomingEmail(30_000, 6)).isTrue();
		Map<String, String> links = new HashMap<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			Matcher link = LINK.matcher(GreenMailUtil.getBody(message));
			if (link.find()) {
				links.put(((InternetAddress) message.getAllRecipients()[0]).getAddress(), link.group(1));
			}
		}
		assertThat(links).hasSize(5);

		// The member of staff rates themselves from their email, on a phone.
		this.browser.onAPhone(() -> {
			this.browser.go(links.get(samEmail));
			assertThat(this.browser.find(By.tagName("h1")).getText()).isEqualTo("Your own view");
			assertThat(this.browser.text()).contains("Your answers carry your name.");
			rate(4, 3);
			assertThat(this.browser.overflowing()).isEmpty();
			this.browser.screenshot("feedback-give-phone");
			this.browser.find(By.xpath("//button[normalize-space()='Send my feedback']")).click();
			this.browser.assertReads(By.tagName("h1"), "Thank you");
		});
		// A link answers once: opened again it says so and offers no form.
		this.browser.go(links.get(samEmail));
		assertThat(this.browser.driver().findElements(By.id("feedback-form"))).isEmpty();

		answerAsPeer(links.get(email(mother, "Journey Pia")), 2, 3);
		answerAsPeer(links.get(email(mother, "Journey Pat")), 2, 3);

		// Two peers of three: the report does not show yet.
		this.browser.signIn(samLogin, "sam-password-1").go(roundPath + "/report");
		this.browser.assertShows(By.cssSelector(".flash-info"), "The report shows once the round is closed.");
		this.browser.signOut();

		answerAsPeer(links.get(email(mother, "Journey Pol")), 3, 4);
		this.browser.signIn(samLogin, "sam-password-1").go(roundPath);
		assertThat(this.browser.text()).contains("Peers: 3 of 3 answered.");
		this.browser.find(By.xpath("//button[normalize-space()='Close now']")).click();
		this.browser.assertShows(By.cssSelector(".flash-success"), "The round is closed");
		this.browser.find(By.linkText("Read the report")).click();

		// Self 4 against peers 2, 2 and 3 (2.3): a blind spot on active listening.
		String listening = this.browser.find(By.id("result-active-listening")).getText();
		assertThat(listening).contains("Active listening", "Blind spot", "4.0", "2.3");
		assertThat(this.browser.find(By.id("result-clear-communication")).getText()).contains("3.0", "3.3")
			.doesNotContain("Blind spot");
		assertThat(this.browser.text()).contains("Others see these a level or more below");
		this.browser.screenshot("feedback-report");
		this.browser.onAPhone(() -> {
			assertThat(this.browser.overflowing()).isEmpty();
			this.browser.screenshot("feedback-report-phone");
		});
	}

	private void nominate(String email) {
		this.browser.find(By.id("personRef")).clear();
		this.browser.find(By.id("personRef")).sendKeys(email);
		this.browser.find(By.xpath("//button[normalize-space()='Add the rater']")).click();
	}

	private void answerAsPeer(String link, int listening, int clear) {
		this.browser.go(link);
		assertThat(this.browser.text()).contains("Your answers are anonymous");
		rate(listening, clear);
		this.browser.find(By.xpath("//button[normalize-space()='Send my feedback']")).click();
		this.browser.assertReads(By.tagName("h1"), "Thank you");
	}

	private void rate(int listening, int clear) {
		this.browser.find(By.cssSelector("input[name='scores[active-listening]'][value='" + listening + "']")).click();
		this.browser.find(By.cssSelector("input[name='scores[clear-communication]'][value='" + clear + "']")).click();
	}

	private String email(RelationshipMother mother, String name) {
		return org.rapport.shared.Text.key(mother.named(name)) + "@rapport.test";
	}

}
