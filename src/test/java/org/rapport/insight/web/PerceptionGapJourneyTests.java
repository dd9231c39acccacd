package org.rapport.insight.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.rapport.Browser;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In real headless Chromium, over the demo organisation: the CIO's home opens on the
 * perception gap, where the two business units that doubt IT are technically green and
 * perceived red; a point leads to the relationship, whose page shows the unit's service
 * beside its perception and the alert; the executive report downloads as a PDF whose
 * pages carry the same story.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=true", "rapport.demo.people=150" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PerceptionGapJourneyTests {

	@LocalServerPort
	int port;

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
	void theCioFollowsTheGapFromTheDashboardToTheRelationshipAndReadsTheReport() throws Exception {
		this.browser.signOut().signIn("cio", "demo").go("/").settle();

		WebElement card = this.browser.find(By.id("insight-summary"));
		assertThat(card.findElement(By.cssSelector(".flagged-callout")).getText())
			.startsWith("2 business units are technically green and perceived red:");
		List<WebElement> flagged = card.findElements(By.cssSelector("a.q-point-RELATIONSHIP_PROBLEM"));
		assertThat(flagged).hasSize(2);
		assertThat(card.findElements(By.cssSelector("a.q-point-HEALTHY"))).isNotEmpty();
		this.browser.screenshot("cio-home-perception-gap");
		assertThat(this.browser.overflowingOnAPhone()).isEmpty();

		List<String> doubting = flagged.stream()
			.map((point) -> point.findElement(By.tagName("text")).getText())
			.toList();
		// Beside the chart: the widest gaps, the doubting units first, and what moved.
		assertThat(card.findElements(By.cssSelector(".widest-list li a")).subList(0, 2)).extracting(WebElement::getText)
			.containsExactlyInAnyOrderElementsOf(doubting);
		assertThat(card.findElement(By.cssSelector(".quadrant-side")).getText()).contains("Since ");
		String unit = doubting.get(0);
		this.browser.go(flagged.get(0).getDomAttribute("href")).settle();
		assertThat(this.browser.find(By.tagName("h1")).getText()).startsWith(unit);
		WebElement sides = this.browser.find(By.id("perception-gap"));
		assertThat(sides.findElement(By.cssSelector(".quadrant-badge")).getText()).isEqualTo("Relationship problem");
		assertThat(sides.findElement(By.cssSelector(".flagged-callout")).getText())
			.startsWith("IT's figures for " + unit);
		assertThat(this.browser.text()).contains("Technically green, perceived red");
		this.browser.screenshot("relationship-perception-gap");
		assertThat(this.browser.overflowingOnAPhone()).isEmpty();

		this.browser.go("/insight").settle();
		assertThat(this.browser.driver().findElements(By.cssSelector(".gap-table tbody tr.is-flagged th")))
			.extracting(WebElement::getText)
			.containsExactlyInAnyOrderElementsOf(doubting);
		this.browser.screenshot("insight-perception-gap");
		assertThat(this.browser.overflowingOnAPhone()).isEmpty();

		HttpResponse<byte[]> pdf = download(
				this.browser.find(By.linkText("Executive report (PDF)")).getDomAttribute("href"));
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("The perception gap, ")
				.contains("Technically green, perceived red")
				.contains(doubting.get(0) + ": ")
				.contains(doubting.get(1) + ": ")
				.contains("Every business unit")
				.contains("The last 8 quarters");
		}
	}

	@Test
	void theCioReadsTheQuartersTrendAndKeepsAnEarlierQuartersReport() throws Exception {
		this.browser.signOut().signIn("cio", "demo").go("/insight").settle();

		WebElement trend = this.browser.find(By.cssSelector("table.trend-table"));
		assertThat(trend.findElements(By.cssSelector("thead th a"))).hasSize(8);
		assertThat(trend.findElements(By.cssSelector("tbody tr")))
			.hasSameSizeAs(this.browser.driver().findElements(By.cssSelector(".gap-table tbody tr")));
		// The two doubting units have been a relationship problem for more than one
		// quarter.
		assertThat(trend.findElements(By.cssSelector("td.quadrant-RELATIONSHIP_PROBLEM")).size())
			.isGreaterThanOrEqualTo(4);
		((org.openqa.selenium.JavascriptExecutor) this.browser.driver()).executeScript("arguments[0].scrollIntoView()",
				trend);
		this.browser.screenshot("insight-trend");

		this.browser.find(By.linkText("Past reports")).click();
		this.browser.settle();
		assertThat(this.browser.find(By.tagName("h1")).getText()).isEqualTo("Executive reports");
		List<WebElement> kept = this.browser.driver().findElements(By.cssSelector("main table tbody tr"));
		assertThat(kept).hasSize(4);
		assertThat(kept.get(0).getText()).contains("on schedule");
		WebElement choice = this.browser.find(By.cssSelector("select#period option"));
		String earlier = choice.getDomAttribute("value");
		this.browser.find(By.cssSelector("#keep button[type=submit]")).click();
		this.browser.settle();
		this.browser.assertReads(By.cssSelector(".flash-success"), "The report of " + earlier + " is kept.");
		assertThat(this.browser.driver().findElements(By.cssSelector("main table tbody tr th")))
			.extracting(WebElement::getText)
			.hasSize(5)
			.contains(earlier);
		this.browser.screenshot("insight-reports");
		assertThat(this.browser.overflowingOnAPhone()).isEmpty();

		HttpResponse<byte[]> pdf = download(
				this.browser.find(By.cssSelector("a[aria-label='The report of " + earlier + " as PDF']"))
					.getDomAttribute("href"));
		assertThat(pdf.statusCode()).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
				.contains("The perception gap, " + earlier);
		}
	}

	/**
	 * Fetches a download link of the page as the browser's session, as Chromium saves a
	 * download to disk instead of showing it.
	 */
	private HttpResponse<byte[]> download(String href) throws Exception {
		Cookie session = this.browser.driver().manage().getCookieNamed("JSESSIONID");
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + href))
				.header("Cookie", "JSESSIONID=" + session.getValue())
				.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
