package org.rapport.surveys.web;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rapport.Browser;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.directory.DirectoryManagement;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;
import org.rapport.surveys.CampaignDraft;
import org.rapport.surveys.Channel;
import org.rapport.surveys.SurveyManagement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In real headless Chromium: the head of relationship management brings a real export of
 * past results into a campaign. Choosing the file offers its headers; a column that does
 * not exist is refused beside the mapping with what was typed kept; the import then lists
 * the rows it left out and the results group by the file's locations.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rapport.demo.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyImportJourneyTests {

	static final Path EXPORT = Path.of("..", "shared", "data", "nps", "makeschool_Student-Feedback-2017.csv")
		.toAbsolutePath()
		.normalize();

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
	void theHeadImportsARealExportAndSeesItsResultsByLocation() {
		RelationshipMother mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		RelationshipMother.Sample sample = mother.sample("Import Journey");
		String head = "import-head-" + mother.run();
		mother.account(head, "import-password", mother.itPerson("Import Head", sample.itGroupId()),
				Role.RELATIONSHIP_MANAGER);
		long campaign = SignedIn.as(this.users, head,
				() -> this.surveys
					.create(new CampaignDraft("relationship-pulse", "Summer 2017 feedback", Channel.PULSE,
							List.of(sample.id()), null, LocalDate.now().plusDays(14), null, null, List.of()))
					.id());

		this.browser.signOut().signIn(head, "import-password").go("/surveys/" + campaign);
		this.browser.openPanel("Import from a CSV file");
		this.browser.find(By.id("import-file")).sendKeys(EXPORT.toString());
		// The file's headers are offered to pick from.
		this.browser.waitFor().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#csv-headers option"), 6));
		this.browser.find(By.id("map-recommend")).sendKeys("Score");
		this.browser.find(By.id("map-segment")).sendKeys("Location");
		this.browser.find(By.xpath("//button[normalize-space()='Import']")).click();

		assertThat(this.browser.find(By.id("mapping-error")).getText())
			.startsWith("The file has no column \"Score\"; its columns are ID, Location, Track, Week, Rating (Num)");
		assertThat(this.browser.find(By.id("map-segment")).getDomProperty("value")).isEqualTo("Location");
		this.browser.screenshot("survey-import-refused");
		assertThat(this.browser.overflowingOnAPhone()).isEmpty();

		this.browser.find(By.id("import-file")).sendKeys(EXPORT.toString());
		this.browser.find(By.id("map-recommend")).clear();
		this.browser.find(By.id("map-recommend")).sendKeys("Rating (Num)");
		this.browser.find(By.id("answeredOn")).sendKeys("08/11/2017");
		this.browser.find(By.xpath("//button[normalize-space()='Import']")).click();

		this.browser.assertReads(By.cssSelector(".flash-success"),
				"1,450 responses were imported; the campaign is recorded as held on their days.");
		assertThat(this.browser.find(By.cssSelector(".flash-warn")).getText()).contains("3 rows were left out:")
			.contains("has \"#ERROR!\" in recommend, which is not a whole number.");
		this.browser.find(By.linkText("By group label")).click();
		assertThat(this.browser.find(By.id("results")).getText()).contains("Hong Kong").contains("San Francisco");
		assertThat(this.browser.find(By.cssSelector(".nps-value")).getText()).isNotBlank();
		this.browser.screenshot("survey-import-results");
		assertThat(this.browser.overflowingOnAPhone()).isEmpty();
	}

	@Test
	void theHeadMakesAnEditableCopyOfAShippedTemplateAndRewordsIt() {
		RelationshipMother mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		RelationshipMother.Sample sample = mother.sample("Template Journey");
		String head = "template-head-" + mother.run();
		mother.account(head, "template-password", mother.itPerson("Template Head", sample.itGroupId()),
				Role.RELATIONSHIP_MANAGER);

		this.browser.signOut().signIn(head, "template-password").go("/surveys");
		this.browser.find(By.linkText("Relationship pulse")).click();
		this.browser.assertReads(By.cssSelector(".page-header .badge"), "Shipped with Rapport");
		WebElement name = this.browser.find(By.id("copy-name"));
		name.clear();
		name.sendKeys("Finance pulse " + mother.run());
		this.browser.find(By.xpath("//button[normalize-space()='Make a copy']")).click();

		this.browser.assertShows(By.cssSelector(".flash-success"), "The copy");
		WebElement first = this.browser.find(By.id("questions0.text"));
		first.clear();
		this.browser.find(By.id("newText")).sendKeys("How well does IT know our month-end close?");
		this.browser.find(By.xpath("//button[normalize-space()='Save the template']")).click();

		assertThat(this.browser.find(By.cssSelector("#questions0\\.text ~ .field-error")).getText())
			.startsWith("Give the question its wording");
		assertThat(this.browser.find(By.id("newText")).getDomProperty("value"))
			.isEqualTo("How well does IT know our month-end close?");
		this.browser.screenshot("template-refused");
		this.browser.find(By.id("questions0.text")).sendKeys("Would you recommend the IT team to a colleague?");
		this.browser.find(By.xpath("//button[normalize-space()='Save the template']")).click();

		this.browser.assertReads(By.cssSelector(".flash-success"), "The template was saved.");
		assertThat(this.browser.find(By.id("questions0.text")).getDomProperty("value"))
			.isEqualTo("Would you recommend the IT team to a colleague?");
		assertThat(this.browser.find(By.id("questions3.text")).getDomProperty("value"))
			.isEqualTo("How well does IT know our month-end close?");
		this.browser.screenshot("template-copy");
		assertThat(this.browser.overflowingOnAPhone()).isEmpty();
	}

}
