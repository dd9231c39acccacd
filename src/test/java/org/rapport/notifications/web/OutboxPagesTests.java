package org.rapport.notifications.web;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.rapport.Browser;
import org.rapport.JsonApi;
import org.rapport.WebSession;
import org.rapport.notifications.Email;
import org.rapport.notifications.NotificationManagement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox of an installation without a mail server, as the administrator sees it over
 * real HTTP, over REST and in headless Chromium: the job notifications-outbox holds the
 * emails back as not sent, and the page shows what would have gone out, previews its HTML
 * in a sandboxed frame and queues an email again only when asked by a confirmed POST.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=false", "rapport.admin.username=outbox-root",
				"rapport.admin.password=stamps-and-envelopes", "db-scheduler.enabled=true",
				"db-scheduler.polling-interval=200ms", "rapport.mail.drain-interval=1s" })
class OutboxPagesTests {

	private static final String ADMIN = "outbox-root";

	private static final String PASSWORD = "stamps-and-envelopes";

	@LocalServerPort
	int port;

	@Autowired
	NotificationManagement notifications;

	@Autowired
	JdbcClient jdbc;

	String wave;

	long adaId;

	@BeforeEach
	void emailsTheJobHeldBackForWantOfAMailServer() {
		this.wave = "pages-" + UUID.randomUUID().toString().substring(0, 8);
		this.notifications.queue(List.of(new Email("ada@example.org", "Ada Lovelace", "test",
				Map.of("name", "Ada", "message", "<script>alert('x')</script> & more"), this.wave, this.wave + "-ada"),
				new Email("grace@example.org", "Grace Hopper", "test", Map.of("name", "Grace", "message", "Hello"),
						this.wave, this.wave + "-grace")));
		await().atMost(Duration.ofSeconds(30)).until(() -> this.notifications.progress(this.wave).notSent() == 2);
		this.adaId = this.jdbc.sql("select id from notification_email where email_key = :key")
			.param("key", this.wave + "-ada")
			.query(Long.class)
			.single();
	}

	@Test
	void listsWhatWouldHaveBeenSentWithTheWavesProgress() throws Exception {
		WebSession admin = WebSession.signedIn(this.port, ADMIN, PASSWORD);

		HttpResponse<String> page = admin.get("/admin/outbox?wave=" + this.wave);
		HttpResponse<String> notSent = admin.get("/admin/outbox?state=NOT_SENT");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body())
			.contains("No mail server is configured", "ada@example.org", "grace@example.org", "Not sent",
					"No mail server was configured", "<progress",
					"2 of 2 done: 0 sent, 0 failed, 0 interrupted, 2 not sent")
			.contains("href=\"/admin/outbox\"")
			.as("a wave that is done is not followed any more")
			.doesNotContain("hx-trigger=\"every 5s\"");
		assertThat(notSent.body()).contains("ada@example.org").doesNotContain("The outbox is empty");
	}

	@Test
	void followsAWaveWhoseEmailsAreStillWaiting() throws Exception {
		String waiting = this.wave + "-waiting";
		// Due only next year, so that the job leaves it waiting.
		this.jdbc.sql("""
				insert into notification_email (email_key, wave, recipient, template, arguments, state, attempts,
				    queued_at, next_attempt_at)
				values (:key, :wave, 'later@example.org', 'test', '{}', 'QUEUED', 0, current_timestamp,
				    current_timestamp + interval '365' day)
				""").param("key", waiting).param("wave", waiting).update();
		WebSession admin = WebSession.signedIn(this.port, ADMIN, PASSWORD);

		HttpResponse<String> page = admin.get("/admin/outbox?wave=" + waiting);

		assertThat(page.body()).contains("0 of 1 done", "hx-trigger=\"every 5s\"", "hx-select=\"#wave-progress\"")
			.contains("hx-get=\"/admin/outbox?wave=" + waiting + "\"");
	}

	@Test
	void previewsTheHtmlInASandboxedFrameAndNeverAsMarkupOfThePage() throws Exception {
		WebSession admin = WebSession.signedIn(this.port, ADMIN, PASSWORD);

		HttpResponse<String> page = admin.get("/admin/outbox/" + this.adaId);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("A test for Ada", "Ada Lovelace", "Rapport &lt;rapport@localhost&gt;")
			.contains("sandbox=\"\"", "srcdoc=\"")
			.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more")
			.doesNotContain("<script>alert");
	}

	@Test
	void queuesAnEmailAgainOnlyByAPostWithItsToken() throws Exception {
		WebSession admin = WebSession.signedIn(this.port, ADMIN, PASSWORD);

		HttpResponse<String> withoutToken = admin.send("POST", "/admin/outbox/" + this.adaId + "/resend", "", false,
				Map.of());
		HttpResponse<String> resent = admin.post("/admin/outbox/" + this.adaId + "/resend", "");
		HttpResponse<String> after = admin.get("/admin/outbox/" + this.adaId);

		assertThat(withoutToken.statusCode()).isEqualTo(403);
		assertThat(resent.statusCode()).isEqualTo(302);
		assertThat(resent.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/outbox/" + this.adaId));
		assertThat(after.body()).contains("The email to ada@example.org is queued again.");
	}

	@Test
	void queuesTheEmailsOfAWaveNotSentAgainByAPost() throws Exception {
		WebSession admin = WebSession.signedIn(this.port, ADMIN, PASSWORD);

		HttpResponse<String> resent = admin.post("/admin/outbox/resend-not-sent", "wave=" + this.wave);
		HttpResponse<String> after = admin.get("/admin/outbox?wave=" + this.wave);

		assertThat(resent.statusCode()).isEqualTo(302);
		assertThat(resent.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/outbox?wave=" + this.wave));
		assertThat(after.body()).contains("2 emails are queued again.");
	}

	@Test
	void answersTheOutboxAndAWavesProgressOverRest() throws Exception {
		JsonApi api = new JsonApi(this.port);

		HttpResponse<String> first = api.get("/api/v1/outbox?state=NOT_SENT&size=1&wave=" + this.wave,
				ADMIN + ":" + PASSWORD);
		Matcher next = Pattern.compile("\"next\":\"([A-Za-z0-9_-]+)\"").matcher(first.body());
		assertThat(next.find()).as(first.body()).isTrue();
		HttpResponse<String> second = api.get(
				"/api/v1/outbox?state=NOT_SENT&size=1&wave=" + this.wave + "&after=" + next.group(1),
				ADMIN + ":" + PASSWORD);
		HttpResponse<String> progress = api.get("/api/v1/outbox/waves/" + this.wave, ADMIN + ":" + PASSWORD);
		HttpResponse<String> badState = api.get("/api/v1/outbox?state=LOST", ADMIN + ":" + PASSWORD);

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.body()).contains("\"items\":[{", "\"state\":\"NOT_SENT\"", "\"lastError\":\"no-mail-server\"")
			.as("newest first")
			.contains("grace@example.org");
		assertThat(second.body()).contains("ada@example.org", "\"next\":null").doesNotContain("grace@example.org");
		assertThat(progress.statusCode()).isEqualTo(200);
		assertThat(progress.body()).contains("\"wave\":\"" + this.wave + "\"", "\"notSent\":2", "\"sent\":0");
		assertThat(badState.statusCode()).isEqualTo(400);
	}

	@Test
	void anAdministratorSeesTheOutboxReadsAnEmailAndSendsItAgainOnAPhoneToo() {
		try (Browser browser = Browser.open(this.port)) {
			browser.signIn(ADMIN, PASSWORD).go("/admin/outbox");
			browser.find(By.xpath("//nav//a[normalize-space()='Outbox']"));
			assertThat(browser.text()).contains("No mail server is configured", "ada@example.org");
			assertThat(browser.overflowingOnAPhone()).as("elements wider than a phone on the list").isEmpty();
			browser.screenshot("outbox");

			browser.find(By.cssSelector("a.outbox-stat-NOT_SENT")).click();
			browser.waitFor().until((driver) -> browser.currentPath().contains("state=NOT_SENT"));
			browser.go("/admin/outbox?wave=" + this.wave);
			assertThat(browser.find(By.id("wave-progress")).getText()).contains("2 of 2 done");
			browser.find(By.xpath("//tr[@data-id='" + this.adaId + "']//a[normalize-space()='ada@example.org']"))
				.click();
			assertThat(browser.find(By.id("entry-subject")).getText()).isEqualTo("A test for Ada");
			assertThat(browser.find(By.id("entry-text")).getText()).contains("<script>alert('x')</script> & more");
			assertThat(browser.overflowingOnAPhone()).as("elements wider than a phone on the email").isEmpty();

			WebElement frame = browser.find(By.cssSelector("iframe.outbox-preview"));
			assertThat(frame.getDomAttribute("sandbox")).isEmpty();
			browser.driver().switchTo().frame(frame);
			String framed = browser.find(By.tagName("h1")).getText();
			String paragraph = browser.driver().findElement(By.tagName("body")).getText();
			browser.driver().switchTo().defaultContent();
			assertThat(framed).isEqualTo("A test from Rapport");
			assertThat(paragraph).contains("Hello Ada Lovelace", "<script>alert('x')</script> & more");
			browser.screenshot("outbox-email");

			browser.find(By.xpath("//summary[normalize-space()='Send again']")).click();
			browser.find(By.xpath("//button[normalize-space()='Yes, send it again']")).click();
			browser.assertReads(By.cssSelector(".flash-success"), "The email to ada@example.org is queued again.");
		}
	}

}
