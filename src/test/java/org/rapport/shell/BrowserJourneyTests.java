package org.rapport.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rapport.Browser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The foundation's user journeys in real headless Chromium, against Rapport with its demo
 * organisation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=true", "rapport.demo.people=150", "db-scheduler.enabled=true" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Browser browser;

	/** Keeps the page a failed journey ended on, to see what went wrong. */
	@RegisterExtension
	final TestWatcher keepFailedPage = new TestWatcher() {
		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			if (BrowserJourneyTests.this.browser != null) {
				String name = "failed-" + context.getRequiredTestMethod().getName();
				BrowserJourneyTests.this.browser.screenshot(name);
				BrowserJourneyTests.this.browser.savePage(name);
			}
		}
	};

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
	void adminImportsTheHrFileThroughTheUiAndSeesTheReportAndThePeople() throws java.io.IOException {
		Path file = Path.of(System.getProperty("rapport.test.data", "../shared/data"), "hr", "HRDataset_v14.csv");
		Assumptions.assumeTrue(Files.isReadable(file), "The shared HR data set is not at " + file);
		this.browser.signOut().signIn("admin", "demo").go("/imports");
		this.browser.find(By.id("file")).sendKeys(file.toRealPath().toString());
		this.browser.find(By.cssSelector("form[enctype] button[type=submit]")).click();

		this.browser.find(By.id("mapping-heading"));
		assertThat(this.browser.text()).contains("Employee_Name").contains("Production");
		this.browser.screenshot("import-mapping");
		this.browser.find(By.cssSelector(".form-actions button[type=submit]")).click();

		this.browser.waitFor()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=created]")));
		this.browser.assertReads(By.cssSelector("[data-testid=created]"), "311");
		this.browser.assertReads(By.cssSelector("[data-testid=rejected]"), "0");
		assertThat(this.browser.text()).contains("Unit \"Production\" was written with extra spaces")
			.contains("Michael Albert")
			.contains("(22, 30)")
			.contains("leave ManagerID blank");
		this.browser.screenshot("import-report");

		this.browser.find(By.linkText("See the people")).click();
		this.browser.find(By.id("q")).sendKeys("Zamora");
		this.browser.waitFor()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("people-list"), "Zamora, Jennifer"));
		this.browser.find(By.linkText("Zamora, Jennifer")).click();
		assertThat(this.browser.find(By.tagName("h1")).getText()).isEqualTo("Zamora, Jennifer");
		assertThat(this.browser.text()).contains("King, Janet");
		this.browser.screenshot("person-admin");
		this.browser.find(By.linkText("Edit")).click();
		this.browser.find(By.id("managerRef")).clear();
		this.browser.find(By.id("managerRef")).sendKeys("no-such-person");
		this.browser.find(By.cssSelector("form.form button[type=submit]")).click();
		assertThat(this.browser.find(By.cssSelector("#managerRef + .hint + .field-error")).getText())
			.contains("no-such-person");
		this.browser.screenshot("person-form-error");
	}

	@Test
	void cioSeesTheWholeAccountabilityRollUpFromTheHomePage() {
		this.browser.signOut().signIn("cio", "demo");
		WebElement rollup = this.browser.find(By.cssSelector("#rollup .rollup"));
		List<WebElement> levels = rollup.findElements(By.cssSelector(".rollup-level"));
		assertThat(levels).hasSize(3);
		assertThat(levels.get(0).getText()).containsIgnoringCase("CIO");
		assertThat(levels.get(1).getText()).containsIgnoringCase("Head of relationship management")
			.contains("accountable for");
		assertThat(rollup.findElements(By.cssSelector(".broken, .vacant"))).isEmpty();
		List<WebElement> owners = rollup.findElements(By.cssSelector(".rollup-owner"));
		assertThat(owners).isNotEmpty();
		// Those whose relationships need them most come first.
		assertThat(owners.get(0).findElement(By.cssSelector(".rollup-dot")).getDomAttribute("class"))
			.contains("band-AT_RISK");

		owners.get(0).findElement(By.tagName("summary")).click();
		WebElement first = this.browser.find(By.cssSelector("#rollup .rollup-relationship-list a"));
		assertThat(
				this.browser.find(By.cssSelector("#rollup .rollup-relationship-list .badge")).getDomAttribute("class"))
			.contains("score-");
		this.browser.screenshot("home-cio-rollup");
		String name = first.getText();
		first.click();
		assertThat(this.browser.find(By.tagName("h1")).getText()).isEqualTo(name);
	}

	@Test
	void everyRolesHomeAnswersItsOwnFirstQuestion() {
		this.browser.signOut().signIn("cio", "demo");
		this.browser.find(By.cssSelector("#health-summary .band-counts"));
		this.browser.find(By.cssSelector("#rollup .rollup-owner"));
		this.browser.screenshot("home-cio");

		this.browser.signOut().signIn("brm", "demo");
		this.browser.find(By.cssSelector("#rollup .rollup-owner"));
		this.browser.find(By.cssSelector("#health-summary .alert-item"));
		assertThat(this.browser.find(By.cssSelector(".next-steps")).getText()).contains("at risk");
		this.browser.screenshot("home-brm");

		this.browser.signOut().signIn("lead", "demo");
		this.browser.find(By.cssSelector("#health-summary"));
		this.browser.find(By.cssSelector("#mine-home #next-touchpoints"));
		this.browser.screenshot("home-lead");

		this.browser.signOut().signIn("staff", "demo");
		// The home page loads its parts after it shows: wait for them.
		this.browser.assertShows(By.cssSelector("#mine-home"), "Touchpoints due next");
		this.browser.assertShows(By.cssSelector("#mine-home"), "Commitments due next");
		assertThat(this.browser.driver().findElements(By.cssSelector("#rollup, #admin-jobs"))).isEmpty();
		this.browser.find(By.cssSelector("#mine-home .due-list a.btn")).click();
		assertThat(this.browser.currentPath()).startsWith("/touchpoints/new?relationship=");
		this.browser.go("/");
		this.browser.find(By.cssSelector("#mine-home"));
		this.browser.screenshot("home-staff");

		this.browser.signOut().signIn("admin", "demo");
		assertThat(this.browser.find(By.id("admin-jobs")).findElement(By.xpath("../..")).getText())
			.contains("health-recompute");
		assertThat(this.browser.find(By.id("admin-audit")).findElement(By.xpath("../..")).getText())
			.contains("SIGN_IN");
		assertThat(this.browser.find(By.id("admin-imports")).findElement(By.xpath("../..")).getText())
			.contains("demo-organisation.csv");
		// The demo organisation is set up: the administrator's first steps are ticked.
		assertThat(this.browser.driver().findElements(By.cssSelector(".next-steps li.todo"))).isEmpty();
		assertThat(this.browser.driver().findElements(By.cssSelector(".next-steps li.done"))).hasSize(4);
		this.browser.screenshot("home-admin");
	}

	@Test
	void theLoginPageOffersEveryDemoAccountWithWhatItIsForAndSignsInWithOneClick() {
		this.browser.signOut().go("/login");
		var accounts = this.browser.driver().findElements(By.cssSelector(".demo-accounts li"));
		assertThat(accounts).hasSize(5);
		assertThat(accounts).allSatisfy((account) -> assertThat(account.getText()).contains("demo"));
		assertThat(accounts.stream().map((account) -> account.findElement(By.cssSelector("p.small")).getText()))
			.doesNotHaveDuplicates()
			.allSatisfy((purpose) -> assertThat(purpose).isNotBlank());
		this.browser.screenshot("login-demo");

		this.browser.find(By.xpath("//button[normalize-space()='Sign in as lead']")).click();
		this.browser.waitFor().until((driver) -> !driver.getCurrentUrl().contains("/login"));
		assertThat(this.browser.currentPath()).isEqualTo("/");
		this.browser.assertReads(By.cssSelector(".user-name"), "lead");
	}

	@Test
	void wrongPasswordIsRefusedAndTheAuditLogShowsIt() {
		this.browser.signOut().signIn("staff", "not-the-password");
		this.browser.assertShows(By.cssSelector(".flash-error"), "do not match");
		assertThat(this.browser.currentPath()).startsWith("/login");
		this.browser.screenshot("login-failed");

		this.browser.signIn("admin", "demo").go("/admin/audit?action=SIGN_IN_FAILED");
		String audit = this.browser.find(By.id("audit-table")).getText();
		assertThat(audit).contains("SIGN_IN_FAILED").contains("staff");
		this.browser.screenshot("audit-log");
	}

	@Test
	void navigationFitsEachRole() {
		this.browser.signOut().signIn("staff", "demo");
		String staffNavigation = this.browser.find(By.cssSelector("nav.mainnav")).getText();
		assertThat(staffNavigation).contains("People", "Units", "Leadership", "Alerts")
			.doesNotContain("Import", "Audit log", "Who knows whom");
		// Staff's alerts are those of the relationships they answer for.
		this.browser.find(By.linkText("Alerts")).click();
		assertThat(this.browser.find(By.tagName("h1")).getText()).isEqualTo("Alerts");
		this.browser.go("/units");
		this.browser.screenshot("units-staff");
		this.browser.find(By.cssSelector("#unit-list a")).click();
		assertThat(this.browser.find(By.id("members-heading")).getText()).isEqualTo("People");
		this.browser.screenshot("unit-staff");
		this.browser.go("/imports");
		assertThat(this.browser.text()).contains("You may not open this page");

		this.browser.signOut().signIn("lead", "demo");
		this.browser.go("/relationships");
		this.browser.find(By.cssSelector("#portfolio-list a[href^='/relationships/']")).click();
		this.browser.find(By.id("facts-heading"));
		this.browser.go(this.browser.currentPath() + "/commitments");
		assertThat(this.browser.find(By.cssSelector("nav.breadcrumbs")).getText()).contains("Relationships");
		this.browser.screenshot("commitments-lead");

		this.browser.signOut().signIn("admin", "demo");
		String adminNavigation = this.browser.find(By.cssSelector("nav.mainnav")).getText();
		assertThat(adminNavigation).contains("Import", "Accounts", "Audit log");
		this.browser.go("/people");
		this.browser.screenshot("people-admin");
		this.browser.go("/leadership");
		this.browser.screenshot("leadership-admin");
		this.browser.go("/admin/accounts");
		assertThat(this.browser.text()).contains("cio", "brm", "lead", "staff");
	}

	@Test
	void aFileThatIsNotUtf8IsRefusedWithAClearErrorAndChangesNothing() throws java.io.IOException {
		Path file = Files.createTempFile("latin1-", ".csv");
		Files.write(file, "EmpID,Employee_Name\n1,Ren\u00e9e\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
		this.browser.signOut().signIn("admin", "demo").go("/imports");
		int runsBefore = this.browser.driver()
			.findElements(By.cssSelector("#runs-heading ~ * tbody tr, .card tbody tr"))
			.size();
		this.browser.find(By.id("file")).sendKeys(file.toRealPath().toString());
		this.browser.find(By.cssSelector("form[enctype] button[type=submit]")).click();

		String error = this.browser.find(By.cssSelector(".alert-danger")).getText();
		assertThat(error).contains("The file was not imported").contains("UTF-8");
		assertThat(this.browser.driver().findElements(By.cssSelector(".card tbody tr"))).hasSize(runsBefore);
		this.browser.screenshot("import-refused");
		Files.delete(file);
	}

	@Test
	void onAPhoneTheMenuStartsFoldedAndOpensOnDemand() {
		var window = this.browser.driver().manage().window();
		var desktop = window.getSize();
		try {
			window.setSize(new org.openqa.selenium.Dimension(390, 844));
			this.browser.signOut().signIn("staff", "demo");
			this.browser.find(By.id("next-touchpoints"));
			assertThat(this.browser.find(By.cssSelector("details.nav-menu")).getDomAttribute("open")).isNull();
			assertThat(this.browser.driver().findElement(By.cssSelector("nav.mainnav")).isDisplayed()).isFalse();
			this.browser.find(By.cssSelector("summary.nav-toggle")).click();
			assertThat(this.browser.find(By.cssSelector("nav.mainnav")).getText()).contains("People");
		}
		finally {
			window.setSize(desktop);
		}
	}

	@Test
	void thePeoplePickerOffersOnlyThoseWhoMayFillTheField() {
		// A relationship with a business unit, and a name shared by someone there and
		// someone in IT.
		List<String> relationship = this.jdbc.sql("""
				select r.id, r.counterpart_id from relationships_relationship r
				where r.kind = 'BUSINESS_UNIT' order by r.id limit 1
				""").query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).single();
		String partner = this.jdbc.sql("""
				select name from directory_person where unit_id = :unit and employee_id is not null order by id limit 1
				""").param("unit", Long.valueOf(relationship.get(1))).query(String.class).single();
		String colleague = this.jdbc.sql("""
				select employee_id from directory_person where in_it and employee_id is not null order by id limit 1
				""").query(String.class).single();

		this.browser.signOut()
			.signIn("brm", "demo")
			.go("/relationships/" + relationship.get(0) + "?section=stakeholders");
		this.browser.openPanel("Add a stakeholder");
		this.browser.find(By.id("personRef")).sendKeys(partner.substring(0, partner.indexOf(' ')));
		List<WebElement> offered = offered("personRef");
		assertThat(offered).anySatisfy((option) -> assertThat(option.getDomProperty("label")).startsWith(partner));
		List<String> references = offered.stream().map((option) -> option.getDomAttribute("value")).toList();
		assertThat(this.jdbc.sql(
				"select count(*) from directory_person where unit_id <> :unit and (employee_id in (:refs) or email in (:refs))")
			.param("unit", Long.valueOf(relationship.get(1)))
			.param("refs", references)
			.query(Long.class)
			.single()).as("people offered from outside the counterpart").isZero();
		this.browser.screenshot("people-picker-stakeholder");

		// An owner is someone in IT, found by the start of their employee id too.
		this.browser.section("Overview").openPanel("Change the owner");
		this.browser.find(By.id("ownerRef")).sendKeys(colleague.substring(0, colleague.length() - 1));
		assertThat(offered("ownerRef")).extracting((option) -> option.getDomAttribute("value")).contains(colleague);
		List<String> owners = offered("ownerRef").stream().map((option) -> option.getDomAttribute("value")).toList();
		assertThat(this.jdbc.sql("select count(*) from directory_person where not in_it and employee_id in (:refs)")
			.param("refs", owners)
			.query(Long.class)
			.single()).as("people offered from outside IT").isZero();

		// Without a suggestion taken, the field is still a plain field for an id.
		WebElement field = this.browser.find(By.id("ownerRef"));
		field.clear();
		field.sendKeys(colleague);
		assertThat(field.getDomProperty("value")).isEqualTo(colleague);
	}

	private List<WebElement> offered(String inputId) {
		By options = By.cssSelector("#" + inputId + "-people option");
		this.browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(options));
		return this.browser.driver().findElements(options);
	}

	@Test
	void headOfRelationshipManagementEstablishesARelationshipAddsAStakeholderAndReassignsTheOwner() {
		// A pair of units that the demo portfolio does not join yet.
		List<String> pair = this.jdbc.sql("""
				select g.name as group_name, b.name as unit_name
				from directory_org_unit g, directory_org_unit b
				where g.kind = 'IT_GROUP' and g.parent_id is not null and b.kind = 'BUSINESS_UNIT'
				  and not exists (select 1 from relationships_relationship r
				                  where r.it_group_id = g.id and r.counterpart_id = b.id)
				order by g.name, b.name limit 1
				""").query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).single();
		String group = pair.get(0);
		String businessUnit = pair.get(1);
		List<String> itPeople = this.jdbc
			.sql("select employee_id from directory_person where in_it and employee_id is not null order by id limit 2")
			.query(String.class)
			.list();
		String stakeholder = this.jdbc.sql(
				"select employee_id from directory_person where not in_it and employee_id is not null order by id limit 1")
			.query(String.class)
			.single();

		this.browser.signOut().signIn("brm", "demo").go("/relationships");
		this.browser.find(By.linkText("Establish a relationship")).click();
		new Select(this.browser.find(By.id("itGroupId"))).selectByVisibleText(group);
		new Select(this.browser.find(By.id("counterpartId"))).selectByVisibleText(businessUnit + " (Business unit)");
		this.browser.find(By.id("ownerRef")).sendKeys(itPeople.get(0));
		new Select(this.browser.find(By.id("tier"))).selectByVisibleText("Strategic");
		this.browser.find(By.cssSelector("form.form button[type=submit]")).click();
		// htmx posts the form and then sends the browser to the new relationship's page.
		this.browser.waitFor().until((driver) -> driver.getCurrentUrl().matches(".*/relationships/\\d+$"));

		assertThat(this.browser.find(By.tagName("h1")).getText()).isEqualTo(businessUnit + " – " + group);
		assertThat(this.browser.text()).contains("Strategic").contains("was established");
		// Nothing is recorded yet, so its health is new rather than a score of 100.
		String relationshipPath = this.browser.currentPath();
		this.browser.go(relationshipPath + "/health");
		this.browser.assertReads(By.cssSelector(".band-badge"), "New");
		assertThat(this.browser.driver().findElements(By.cssSelector(".score-large"))).isEmpty();
		assertThat(this.browser.text()).contains("nothing is recorded yet that a score could be made of");
		this.browser.screenshot("health-new");
		this.browser.go(relationshipPath + "?section=maturity");
		assertThat(this.browser.find(By.cssSelector("#maturity .empty-state")).getText())
			.contains("No maturity assessed yet")
			.contains("Ask " + businessUnit + " where they place IT");
		((org.openqa.selenium.JavascriptExecutor) this.browser.driver())
			.executeScript("document.getElementById('maturity').scrollIntoView()");
		this.browser.screenshot("relationship-maturity-empty");

		this.browser.section("Stakeholders").openPanel("Add a stakeholder");
		this.browser.find(By.id("personRef")).sendKeys(stakeholder);
		new Select(this.browser.find(By.id("influence"))).selectByVisibleText("5");
		new Select(this.browser.find(By.id("stance"))).selectByVisibleText("Detractor");
		this.browser.find(By.cssSelector("#stakeholder-form button[type=submit]")).click();
		assertThat(this.browser.find(By.cssSelector(".stakeholder-grid svg circle.stance-DETRACTOR"))).isNotNull();
		this.browser.openPanel("Add a stakeholder");

		// The API's rules on the page: an email the API refuses comes back beside its
		// field, with what was typed.
		this.browser.find(By.id("stakeholder-name")).sendKeys("Someone Outside");
		this.browser.find(By.id("stakeholder-email")).sendKeys("someone@");
		((org.openqa.selenium.JavascriptExecutor) this.browser.driver())
			.executeScript("document.getElementById('stakeholder-form').noValidate = true");
		this.browser.find(By.cssSelector("#stakeholder-form button[type=submit]")).click();
		assertThat(this.browser.find(By.id("stakeholder-email-error")).getText()).isNotBlank();
		assertThat(this.browser.find(By.id("stakeholder-email")).getDomProperty("value")).isEqualTo("someone@");
		assertThat(this.browser.find(By.id("stakeholder-name")).getDomProperty("value")).isEqualTo("Someone Outside");
		((org.openqa.selenium.JavascriptExecutor) this.browser.driver())
			.executeScript("document.getElementById('stakeholder-form').scrollIntoView()");
		this.browser.screenshot("relationship-stakeholder-error");

		this.browser.section("Overview").openPanel("Change the owner");
		this.browser.find(By.id("ownerRef")).sendKeys(itPeople.get(1));
		var facts = this.browser.find(By.cssSelector("#facts-heading"));
		this.browser.driver().findElement(By.xpath("//button[normalize-space()='Reassign the owner']")).click();
		this.browser.waitFor().until(ExpectedConditions.stalenessOf(facts));
		this.browser.assertShows(By.cssSelector(".flash-success"), "saved");
		this.browser.find(By.cssSelector("#owner-history > summary")).click();
		assertThat(this.browser.find(By.id("owner-history")).getText()).contains("handed over to");
		this.browser.screenshot("relationship-brm");
		this.browser.section("Stakeholders");
		this.browser.screenshot("relationship-stakeholders");

		this.browser.go("/relationships?tier=STRATEGIC");
		assertThat(this.browser.find(By.id("portfolio-list")).getText()).contains(businessUnit);
		this.browser.screenshot("portfolio-brm");
	}

	@Test
	void headOfRelationshipManagementRecordsTheCounterpartsViewOfMaturityAndSeesTheDisagreement() {
		// A relationship whose IT group currently sees itself as a trusted advisor or
		// more.
		List<String> relationship = this.jdbc.sql("""
				select r.id, g.name, c.name from relationships_relationship r
				join directory_org_unit g on g.id = r.it_group_id
				join directory_org_unit c on c.id = r.counterpart_id
				where (select m.level from relationships_maturity m where m.relationship_id = r.id and m.side = 'IT'
				       order by m.assessed_on desc, m.id desc limit 1) >= 4
				order by r.id limit 1
				""").query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).single();
		String counterpart = relationship.get(2);
		long before = assessments(relationship.get(0));

		this.browser.signOut().signIn("brm", "demo").go("/relationships/" + relationship.get(0));
		JavascriptExecutor js = (JavascriptExecutor) this.browser.driver();
		this.browser.section("Maturity").openPanel("Record an assessment");
		new Select(this.browser.find(By.id("maturity-side"))).selectByVisibleText(counterpart + "'s view of IT");
		new Select(this.browser.find(By.id("maturity-level"))).selectByVisibleText("2 · Order taker");
		// The browser refuses a day after today itself; without its check, Rapport does.
		js.executeScript("document.getElementById('maturity-form').noValidate = true;"
				+ "document.getElementById('maturity-assessedOn').value = '2099-01-01'");
		this.browser.find(By.xpath("//button[normalize-space()='Record the assessment']")).click();
		assertThat(this.browser.find(By.id("maturity-assessedOn-error")).getText()).contains("future");
		assertThat(this.browser.find(By.id("maturity-assessedOn")).getDomAttribute("aria-invalid")).isEqualTo("true");
		assertThat(assessments(relationship.get(0))).isEqualTo(before);
		js.executeScript("document.getElementById('maturity-form').scrollIntoView()");
		this.browser.screenshot("relationship-maturity-error");

		js.executeScript("document.getElementById('maturity-assessedOn').valueAsDate = new Date()");
		this.browser.find(By.id("maturity-note")).sendKeys("Said in the quarterly review");
		this.browser.find(By.xpath("//button[normalize-space()='Record the assessment']")).click();

		assertThat(this.browser.find(By.cssSelector("#maturity .flash-success")).getText())
			.contains(counterpart + "'s view was recorded");
		assertThat(this.browser.find(By.cssSelector("[data-testid=maturity-counterpart]")).getText())
			.contains("Order taker");
		assertThat(this.browser.find(By.id("maturity-gap")).getText()).contains(relationship.get(1) + " sees itself as")
			.contains(counterpart + " sees it as an order taker")
			.contains("levels apart");
		assertThat(this.browser.driver().findElements(By.cssSelector(".maturity-chart .series-COUNTERPART circle")))
			.isNotEmpty();
		assertThat(assessments(relationship.get(0))).isEqualTo(before + 1);
		js.executeScript("document.getElementById('maturity').scrollIntoView()");
		this.browser.screenshot("relationship-maturity");
		onAPhone(() -> {
			this.browser.go("/relationships/" + relationship.get(0) + "?section=maturity");
			js.executeScript("document.getElementById('maturity-gap').scrollIntoView()");
			assertThat(overflowing()).as("elements wider than a phone").isEmpty();
			this.browser.screenshot("relationship-maturity-on-phone");
		});
	}

	@Test
	void acknowledgingAndSnoozingAnAlert() {
		JavascriptExecutor js = (JavascriptExecutor) this.browser.driver();
		this.browser.signOut().signIn("brm", "demo").go("/alerts");
		assertThat(this.browser.find(By.tagName("h1")).getText()).isEqualTo("Alerts");
		assertThat(this.browser.driver().findElements(By.cssSelector(".alert-group-heading"))).isNotEmpty();
		this.browser.screenshot("alerts-grouped");
		// Two alerts that the staff's journey does not rely on: not on the staff's own
		// relationships, and not about losing touch where others are to be had.
		String staff = this.jdbc.sql("""
				select p.name from accounts_account a join directory_person p on p.id = a.person_id
				where a.username = 'staff'
				""").query(String.class).single();
		List<String> candidates = this.browser.driver()
			.findElements(By.cssSelector("li.alert-item"))
			.stream()
			.filter((item) -> !item.getText().contains("owner " + staff))
			.sorted(java.util.Comparator.comparing(
					(org.openqa.selenium.WebElement item) -> item.getDomAttribute("class").contains("LOSING_TOUCH")))
			.map((item) -> item.getDomAttribute("id"))
			.toList();
		assertThat(candidates).as("alerts to act on").hasSizeGreaterThanOrEqualTo(2);
		String acknowledged = candidates.get(0);
		String snoozed = candidates.get(1);
		String alertId = acknowledged.substring("alert-".length());

		// Acknowledge: a note is required; the refusal shows beside the field.
		this.browser.find(By.cssSelector("#" + acknowledged + " summary")).click();
		var note = this.browser.find(By.id("note-" + alertId));
		js.executeScript("arguments[0].form.noValidate = true", note);
		this.browser.find(By.cssSelector("#" + acknowledged + " form[action$='/acknowledgement'] button")).click();
		assertThat(this.browser.find(By.id("note-" + alertId + "-error")).getText())
			.contains("Say in a note what you are doing");
		assertThat(this.browser.find(By.cssSelector("#" + acknowledged + " details[open] summary")).getText())
			.isEqualTo("Acknowledge");
		this.browser.screenshot("alerts-acknowledge-error");
		this.browser.find(By.id("note-" + alertId)).sendKeys("Lunch with the sponsor booked for Friday");
		this.browser.find(By.cssSelector("#" + acknowledged + " form[action$='/acknowledgement'] button")).click();
		assertThat(this.browser.find(By.cssSelector("#alert-list .flash-success")).getText())
			.contains("is acknowledged");
		assertThat(this.browser.driver().findElements(By.id(acknowledged))).isEmpty();

		// Snooze: a day gone by is refused and stays in the field; a day ahead is taken.
		String snoozedId = snoozed.substring("alert-".length());
		this.browser.find(By.cssSelector("#" + snoozed + " details:nth-of-type(2) summary")).click();
		var until = this.browser.find(By.id("until-" + snoozedId));
		js.executeScript("arguments[0].value = '2001-02-03'; arguments[0].form.noValidate = true", until);
		this.browser.find(By.cssSelector("#" + snoozed + " form[action$='/snooze'] button")).click();
		assertThat(this.browser.find(By.id("until-" + snoozedId + "-error")).getText()).contains("after today");
		assertThat(this.browser.find(By.id("until-" + snoozedId)).getDomProperty("value")).isEqualTo("2001-02-03");
		onAPhone(() -> assertThat(overflowing()).as("elements wider than a phone").isEmpty());
		String day = java.time.LocalDate.now().plusDays(7).toString();
		js.executeScript("arguments[0].value = arguments[1]", this.browser.find(By.id("until-" + snoozedId)), day);
		this.browser.find(By.cssSelector("#" + snoozed + " form[action$='/snooze'] button")).click();
		assertThat(this.browser.find(By.cssSelector("#alert-list .flash-success")).getText()).contains("is snoozed");
		assertThat(this.browser.driver().findElements(By.id(snoozed))).isEmpty();

		// Every state: both stand, one acknowledged with its note, one snoozed.
		new Select(this.browser.find(By.id("state"))).selectByVisibleText("Every state");
		this.browser.waitFor().until(ExpectedConditions.urlContains("state=all"));
		this.browser.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id(acknowledged)));
		assertThat(this.browser.find(By.id(acknowledged)).getText()).contains("Acknowledged by brm")
			.contains("Lunch with the sponsor booked for Friday");
		assertThat(this.browser.find(By.id(snoozed)).getText()).contains("Snoozed until");
		js.executeScript("document.getElementById(arguments[0]).scrollIntoView()", acknowledged);
		this.browser.screenshot("alerts-acted-on");

		// The relationship's page says so in its header, and its health charts each
		// component.
		this.browser.find(By.cssSelector("#" + acknowledged + " a.alert-relationship")).click();
		this.browser.find(By.id("health-status"));
		assertThat(this.browser.find(By.id("health-status")).getText()).containsPattern("open alert|No open alerts");
		this.browser.screenshot("relationship-health-status");
		this.browser.go(this.browser.currentPath() + "/health");
		this.browser.find(By.cssSelector(".component-chart"));
		js.executeScript("document.querySelector('.component-history').scrollIntoView()");
		// A week's value shows when the point has the focus, as from the keyboard.
		var point = this.browser.find(By.cssSelector(".chart-point"));
		assertThat(point.findElement(By.cssSelector(".point-value")).isDisplayed()).isFalse();
		js.executeScript("arguments[0].focus()", point);
		assertThat(point.findElement(By.cssSelector(".point-value")).isDisplayed()).isTrue();
		this.browser.screenshot("relationship-component-history");
		onAPhone(() -> {
			assertThat(overflowing()).as("elements wider than a phone").isEmpty();
			js.executeScript("document.querySelector('.component-charts').scrollIntoView()");
			this.browser.screenshot("relationship-component-history-on-phone");
		});
	}

	private void onAPhone(Runnable journey) {
		var window = this.browser.driver().manage().window();
		var desktop = window.getSize();
		try {
			window.setSize(new org.openqa.selenium.Dimension(390, 844));
			journey.run();
		}
		finally {
			window.setSize(desktop);
		}
	}

	/**
	 * The elements of the page that stick out to the right of the window, which a phone
	 * would have to scroll sideways to read.
	 */
	@SuppressWarnings("unchecked")
	private List<String> overflowing() {
		return (List<String>) ((JavascriptExecutor) this.browser.driver()).executeScript("""
				const width = document.documentElement.clientWidth;
				return [...document.querySelectorAll('main *')]
				  .filter((e) => e.getBoundingClientRect().right > width + 1 && !e.closest('.table-wrap'))
				  .map((e) => e.tagName + '.' + e.className + '#' + e.id);
				""");
	}

	@Test
	void headOfRelationshipManagementOpensWhoKnowsWhomAndFiltersToRelationshipsRestingOnOnePerson() {
		this.browser.signOut().signIn("brm", "demo").go("/relationships");
		this.browser.find(By.linkText("Who knows whom")).click();
		assertThat(this.browser.find(By.tagName("h1")).getText()).isEqualTo("Who knows whom");
		int single = Integer.parseInt(this.browser.find(By.cssSelector("[data-testid=single-person]")).getText());
		assertThat(single).isPositive();
		assertThat(this.browser.driver().findElements(By.cssSelector(".who-row:not(.who-single)"))).isNotEmpty();
		this.browser.screenshot("who-knows-whom");

		this.browser.find(By.id("single")).click();
		this.browser.waitFor().until((driver) -> driver.getCurrentUrl().contains("single=true"));
		this.browser.waitFor()
			.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".who-row:not(.who-single)"), 0));
		var rows = this.browser.driver().findElements(By.cssSelector(".who-row"));
		assertThat(rows).hasSize(Math.min(single, 25));
		assertThat(rows).allSatisfy((row) -> assertThat(row.getText()).contains("Rests on one person")
			.contains("Only one person in IT knows it"));
		this.browser.screenshot("who-knows-whom-single");

		((JavascriptExecutor) this.browser.driver())
			.executeScript("document.getElementById('sole-links').scrollIntoView()");
		assertThat(this.browser.find(By.id("sole-links")).getText()).contains("would lose its only link to");
		this.browser.screenshot("who-knows-whom-sole-links");

		onAPhone(() -> {
			this.browser.go("/relationships/map");
			assertThat(overflowing()).as("elements wider than a phone").isEmpty();
			((JavascriptExecutor) this.browser.driver())
				.executeScript("document.getElementById('map-list').scrollIntoView()");
			this.browser.screenshot("who-knows-whom-on-phone");
		});

		this.browser.signOut().signIn("staff", "demo").go("/relationships/map");
		assertThat(this.browser.text()).contains("You may not open this page");
	}

	private long assessments(String relationshipId) {
		return this.jdbc.sql("select count(*) from relationships_maturity where relationship_id = :id")
			.param("id", Long.parseLong(relationshipId))
			.query(Long.class)
			.single();
	}

	@Test
	void staffLogsATouchpointWithACommitmentAndTheLosingTouchAlertGoesAndTheHealthExplanationChanges() {
		String staff = this.jdbc.sql("""
				select p.name from accounts_account a join directory_person p on p.id = a.person_id
				where a.username = 'staff'
				""").query(String.class).single();
		this.browser.signOut().signIn("staff", "demo");
		this.browser.find(By.linkText("My relationships")).click();
		assertThat(this.browser.find(By.id("my-alerts")).findElement(By.xpath("../..")).getText())
			.contains("Losing touch");
		this.browser.screenshot("mine-staff");
		this.browser.go("/relationships");
		this.browser.find(By.xpath("//tr[.//span[normalize-space()='Losing touch'] and .//a[normalize-space()='" + staff
				+ "']]//a[contains(@href, '/relationships/')]"))
			.click();
		String relationshipPath = this.browser.currentPath();
		By engagement = By.cssSelector("#health tr[data-component='ENGAGEMENT'] .health-explanation");
		assertThat(this.browser.find(By.cssSelector("#health .alert-LOSING_TOUCH")).getText())
			.contains("Arrange a meeting or call");
		String before = this.browser.find(engagement).getText();
		assertThat(before).contains("days past");
		this.browser.screenshot("relationship-staff-losing-touch");

		this.browser.section("Timeline").openPanel("Log a touchpoint");
		this.browser.find(By.id("summary")).sendKeys("Coffee with the team lead about the spring release");
		new Select(this.browser.find(By.id("type"))).selectByVisibleText("Meeting");
		new Select(this.browser.find(By.id("sentiment"))).selectByVisibleText("Well (+1)");
		List<String> colleague = this.jdbc.sql("""
				select p.employee_id, p.name from directory_person p
				where p.in_it and p.employee_id is not null
				  and p.id <> (select person_id from accounts_account where username = 'staff')
				order by p.id limit 1
				""").query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).single();
		this.browser.find(By.id("participantRefs")).sendKeys(colleague.get(0));
		this.browser.find(By.id("promise-0")).sendKeys("Share the spring release plan");
		((org.openqa.selenium.JavascriptExecutor) this.browser.driver())
			.executeScript("document.getElementById('promise-due-0').value = '2030-04-01'");
		this.browser.find(By.xpath("//button[normalize-space()='Log the touchpoint']")).click();

		this.browser.assertShows(By.cssSelector(".flash-success"), "logged with its commitment");
		this.browser.waitFor()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"), "Coffee with the team lead"));
		assertThat(this.browser.find(By.id("timeline")).getText()).contains(colleague.get(1));
		this.browser.section("Overview");
		String after = this.browser.find(engagement).getText();
		assertThat(after).startsWith("Last real contact today, within the").isNotEqualTo(before);
		assertThat(this.browser.driver().findElements(By.cssSelector("#health .alert-LOSING_TOUCH"))).isEmpty();
		this.browser.section("Commitments");
		this.browser.waitFor()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("commitments"),
					"Share the spring release plan"));
		this.browser.go("/commitments");
		assertThat(this.browser.find(By.tagName("main")).getText()).contains("Share the spring release plan");
		this.browser.go(relationshipPath);
		this.browser.screenshot("relationship-staff-logged");
		this.browser.section("Timeline").find(By.cssSelector("#timeline .timeline-list"));
		this.browser.screenshot("relationship-timeline");

		String staffId = this.jdbc.sql("""
				select p.employee_id from accounts_account a join directory_person p on p.id = a.person_id
				where a.username = 'staff'
				""").query(String.class).single();
		this.browser.section("Commitments").openPanel("Record a commitment");
		this.browser.find(By.id("commitment-description")).sendKeys("Send the release calendar");
		this.browser.find(By.id("commitment-owner")).sendKeys(staffId);
		((org.openqa.selenium.JavascriptExecutor) this.browser.driver())
			.executeScript("document.getElementById('commitment-due').value = '2030-05-01'");
		this.browser.find(By.xpath("//button[normalize-space()='Record a commitment']")).click();
		this.browser.assertShows(By.cssSelector(".flash-success"), "commitment");
		this.browser.go("/commitments");
		assertThat(this.browser.find(By.tagName("main")).getText()).contains("Send the release calendar");
		this.browser.find(By.linkText("Send the release calendar")).click();
		this.browser.waitFor()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("commitments"),
					"Send the release calendar"));
		String row = "//tr[td[normalize-space()='Send the release calendar']]";
		var newDay = this.browser.find(By.xpath(row + "//input[@type='date']"));
		((org.openqa.selenium.JavascriptExecutor) this.browser.driver())
			.executeScript("arguments[0].value = '2001-02-03'; arguments[0].form.noValidate = true", newDay);
		this.browser.find(By.xpath(row + "//button[normalize-space()='Renegotiate']")).click();
		assertThat(this.browser.find(By.xpath(row + "//p[contains(@class, 'field-error')]")).getText()).isNotBlank();
		assertThat(this.browser.find(By.xpath(row + "//input[@type='date']")).getDomProperty("value"))
			.isEqualTo("2001-02-03");
		((org.openqa.selenium.JavascriptExecutor) this.browser.driver())
			.executeScript("document.getElementById('commitments').scrollIntoView()");
		this.browser.screenshot("relationship-commitment-error");
		var kept = this.browser.find(
				By.xpath("//tr[td[normalize-space()='Send the release calendar']]//button[normalize-space()='Kept']"));
		kept.click();
		this.browser.waitFor().until(ExpectedConditions.stalenessOf(kept));
		this.browser.find(By.xpath(
				"//tr[td[normalize-space()='Send the release calendar']]//span[contains(@class, 'badge')][normalize-space()='Kept']"));
		((org.openqa.selenium.JavascriptExecutor) this.browser.driver())
			.executeScript("document.getElementById('commitments').scrollIntoView()");
		this.browser.screenshot("relationship-commitments");
		this.browser.go("/commitments");
		assertThat(this.browser.find(By.tagName("main")).getText()).doesNotContain("Send the release calendar");
	}

	@Test
	void headOfRelationshipManagementFiltersThePortfolioToAtRiskAndReassignsAnOwner() {
		String newOwner = this.jdbc.sql("""
				select p.employee_id from directory_person p
				where p.in_it and p.employee_id is not null
				  and not exists (select 1 from relationships_relationship r where r.owner_id = p.id)
				order by p.id limit 1
				""").query(String.class).single();
		this.browser.signOut().signIn("brm", "demo").go("/relationships");
		String atRisk = this.browser.find(By.cssSelector(".band-count.band-AT_RISK .band-count-value")).getText();
		new Select(this.browser.find(By.id("band"))).selectByVisibleText("At risk");
		this.browser.waitFor().until(ExpectedConditions.urlContains("band=AT_RISK"));
		this.browser.waitFor()
			.until((driver) -> driver.findElements(By.cssSelector("#portfolio-list .score-HEALTHY")).isEmpty()
					&& !driver.findElements(By.cssSelector("#portfolio-list .score-AT_RISK")).isEmpty());
		assertThat(this.browser.driver().findElements(By.cssSelector("#portfolio-list tbody tr")))
			.hasSize(Integer.parseInt(atRisk));
		assertThat(this.browser.driver().findElements(By.cssSelector("#portfolio-list tbody .score-WATCH"))).isEmpty();
		this.browser.screenshot("portfolio-at-risk");

		this.browser.find(By.cssSelector("#portfolio-list tbody tr td:nth-child(2) a")).click();
		this.browser.find(By.id("health"));
		this.browser.openPanel("Change the owner");
		this.browser.find(By.id("ownerRef")).sendKeys(newOwner);
		this.browser.driver().findElement(By.xpath("//button[normalize-space()='Reassign the owner']")).click();
		this.browser.assertShows(By.cssSelector(".flash-success"), "saved");
		String ownerName = this.jdbc.sql("select name from directory_person where employee_id = :id")
			.param("id", newOwner)
			.query(String.class)
			.single();
		assertThat(this.browser.find(By.cssSelector(".relationship-meta")).getText()).contains(ownerName);
		this.browser.find(By.cssSelector("#owner-history > summary")).click();
		assertThat(this.browser.find(By.id("owner-history")).getText()).contains("handed over to");

		this.browser.go("/alerts");
		assertThat(this.browser.driver().findElements(By.cssSelector(".alert-item"))).isNotEmpty();
		this.browser.screenshot("alerts-brm");
	}

	@Test
	void cioSeesThePortfolioAtAGlance() {
		this.browser.signOut().signIn("cio", "demo");
		// The first screen tells the story: bands, the trend and where to act.
		assertThat(this.browser.find(By.cssSelector("#health-summary .band-count.band-AT_RISK")).getText())
			.contains("At risk");
		assertThat(this.browser.driver().findElements(By.cssSelector("#health-summary .alert-item"))).isNotEmpty();
		this.browser.screenshot("home-cio-health");
		this.browser.find(By.cssSelector("nav.mainnav")).findElement(By.linkText("Portfolio health")).click();
		assertThat(this.browser.find(By.tagName("h1")).getText()).isEqualTo("Portfolio health");
		long relationships = this.jdbc.sql("select count(*) from relationships_relationship")
			.query(Long.class)
			.single();
		this.browser.assertReads(By.cssSelector(".stats .stat .stat-value"), String.valueOf(relationships));
		assertThat(this.browser.driver().findElements(By.cssSelector(".kind-row"))).hasSize(3);
		assertThat(this.browser.driver().findElements(By.cssSelector("svg.band-bar rect.band-bar-part"))).isNotEmpty();
		assertThat(this.browser.find(By.cssSelector(".health-trend polyline.trend-line")).getAttribute("points"))
			.isNotBlank();
		assertThat(this.browser.driver().findElements(By.cssSelector(".worst-table tbody tr"))).isNotEmpty();
		this.browser.screenshot("glance-cio");

		this.browser.find(By.cssSelector("svg.band-bar a")).click();
		this.browser.waitFor().until(ExpectedConditions.urlContains("band="));
		assertThat(this.browser.find(By.tagName("h1")).getText()).isEqualTo("Relationships");
	}

}
