package org.rapport.servicemetrics.web;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rapport.Browser;
import org.rapport.SignedIn;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.OrgUnitDraft;
import org.rapport.directory.UnitKind;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In real headless Chromium: an administrator uploads the whole ServiceNow export, has a
 * mapping that does not fit refused with what was typed kept, watches the import's
 * progress, reads its report, attributes the busiest location to a business unit, and
 * sees the figures per business unit; each page fits a phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rapport.demo.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceMetricsJourneyTests {

	static final Path EXPORT = Path.of("..", "shared", "data", "itsm", "incident_event_log.zip")
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
	JdbcClient jdbc;

	Browser browser;

	String unit;

	String admin;

	@BeforeAll
	void anAdministratorAndABusinessUnit() {
		this.jdbc.sql("delete from servicemetrics_rule").update();
		this.jdbc.sql("delete from servicemetrics_incident").update();
		this.jdbc.sql("delete from servicemetrics_period_metric").update();
		this.jdbc.sql("delete from servicemetrics_mapping").update();
		RelationshipMother mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		this.unit = "Journey Manufacturing " + mother.run();
		long it = SignedIn.asSystem(() -> this.directory
			.createUnit(new OrgUnitDraft("Metrics Journey IT " + mother.run(), UnitKind.IT_GROUP, null))
			.id());
		SignedIn.asSystem(() -> this.directory.createUnit(new OrgUnitDraft(this.unit, UnitKind.BUSINESS_UNIT, null)));
		this.admin = "metrics-admin-" + mother.run();
		mother.account(this.admin, "metrics-password", mother.itPerson("Metrics Admin", it), Role.ADMIN);
		this.browser = Browser.open(this.port);
	}

	@AfterAll
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void anAdministratorImportsTheServiceNowExportAndAttributesItsBusiestLocation() {
		this.browser.signOut().signIn(this.admin, "metrics-password").go("/service-metrics");
		this.browser.assertReads(By.cssSelector(".empty-state h2"), "No incidents yet");
		this.browser.screenshot("service-metrics-empty");
		this.browser.find(By.cssSelector(".empty-state .btn-primary")).click();

		// A column the export does not have: refused beside the mapping, the text kept.
		new Select(this.browser.find(By.id("format"))).selectByValue("servicenow-incidents");
		this.browser.find(By.id("file")).sendKeys(EXPORT.toString());
		this.browser.find(By.cssSelector("details.field > summary")).click();
		this.browser.find(By.id("mapping")).sendKeys("location=Site");
		this.browser.find(By.xpath("//button[normalize-space()='Upload and import']")).click();
		assertThat(this.browser.find(By.id("mapping-error")).getText())
			.startsWith("The file has no column \"Site\"; its columns are number, incident_state");
		assertThat(this.browser.find(By.id("mapping")).getDomProperty("value")).isEqualTo("location=Site");
		this.browser.screenshot("service-metrics-import-refused");
		assertThat(this.browser.overflowingOnAPhone()).isEmpty();

		this.browser.find(By.id("mapping")).clear();
		this.browser.find(By.id("file")).sendKeys(EXPORT.toString());
		this.browser.find(By.xpath("//button[normalize-space()='Upload and import']")).click();

		// The page follows the run while it reads the file, then shows its report.
		assertThat(this.browser.find(By.cssSelector("#import-progress h2")).getText()).isIn("Importing", "Imported");
		new WebDriverWait(this.browser.driver(), Duration.ofMinutes(4))
			.until(ExpectedConditions.textToBe(By.cssSelector("#import-progress h2"), "Imported"));
		this.browser.assertReads(By.cssSelector("[data-testid=created]"), "24,918");
		this.browser.assertReads(By.cssSelector("[data-testid=rejected]"), "5");
		assertThat(this.browser.find(By.cssSelector("table.report")).getText())
			.contains("has \"-100\" in incident_state, which is not a state.");
		this.browser.screenshot("service-metrics-import-report");
		assertThat(this.browser.overflowingOnAPhone()).isEmpty();

		this.browser.find(By.linkText("Attribute to business units")).click();
		this.browser.assertReads(By.cssSelector("[data-testid=unattributed]"), "24,918");
		new Select(this.browser.find(By.id("dimension"))).selectByValue("LOCATION");
		this.browser.find(By.id("value")).sendKeys("Location 204");
		new Select(this.browser.find(By.id("unitId"))).selectByVisibleText(this.unit);
		this.browser.find(By.xpath("//button[normalize-space()='Add the rule']")).click();
		this.browser.assertReads(By.cssSelector(".flash-success"),
				"Incidents matching \"Location 204\" now belong to the business unit.");
		this.browser.assertReads(By.cssSelector("[data-testid=attributed]"), "5,554");
		this.browser.screenshot("service-metrics-attribution");
		assertThat(this.browser.overflowingOnAPhone()).isEmpty();

		this.browser.go("/service-metrics");
		assertThat(this.browser.find(By.cssSelector(".metrics-table")).getText()).contains(this.unit)
			.contains("Not attributed yet");
		this.browser.screenshot("service-metrics-by-unit");
		new Select(this.browser.find(By.id("by"))).selectByValue("priority");
		this.browser.find(By.xpath("//form[contains(@class,'filters')]//button")).click();
		this.browser.assertReads(By.cssSelector(".metrics-table tbody tr th"), "3 - Moderate");
		this.browser.screenshot("service-metrics-by-priority");
		assertThat(this.browser.overflowingOnAPhone()).isEmpty();
	}

}
