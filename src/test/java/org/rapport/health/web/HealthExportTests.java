package org.rapport.health.web;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.MovableClock;
import org.rapport.SignedIn;
import org.rapport.WebSession;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.directory.DirectoryManagement;
import org.rapport.health.HealthManagement;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;
import org.rapport.relationships.Tier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portfolio and the alerts download as CSV files holding what the caller may read,
 * filtered as on the page, with cells that a spreadsheet would run as formulas kept as
 * text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=false", "rapport.admin.username=exporter",
				"rapport.admin.password=paper-trail-box" })
@Import(MovableClock.Configuration.class)
class HealthExportTests {

	@LocalServerPort
	int port;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	RelationshipManagement relationships;

	@Autowired
	HealthManagement health;

	@Autowired
	MovableClock clock;

	RelationshipMother mother;

	String formula;

	String plain;

	@BeforeEach
	void twoRelationshipsOfTwoOwners() {
		this.clock.set(LocalDate.now());
		this.mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		long group = this.mother.itGroup("Export Desk");
		long keeper = this.mother.itPerson("Export Keeper", group);
		long other = this.mother.itPerson("Export Other", this.mother.itGroup("Export Elsewhere"));
		this.mother.account("keeper-" + this.mother.run(), "tidy-ledger-" + this.mother.run(), keeper, Role.IT_STAFF);
		this.formula = "=HYPERLINK(\"http://evil.example\";\"x\") " + this.mother.run();
		this.plain = this.mother.named("Export Plain");
		this.mother.establish(group, this.mother.vendor("=HYPERLINK(\"http://evil.example\";\"x\")"), keeper,
				Tier.CORE);
		this.mother.establish(this.mother.itGroup("Export Elsewhere Group"), this.mother.vendor("Export Plain"), other,
				Tier.STRATEGIC);
	}

	@Test
	void thePortfolioDownloadsWhatTheCallerMayReadWithFormulasKeptAsText() throws Exception {
		HttpResponse<String> all = session("exporter", "paper-trail-box").get("/relationships.csv?sort=NAME");

		assertThat(all.statusCode()).isEqualTo(200);
		assertThat(all.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/csv"));
		assertThat(all.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((disposition) -> assertThat(disposition).startsWith("attachment")
				.contains("portfolio-" + this.clock.today()));
		List<String> lines = all.body().lines().toList();
		assertThat(lines.get(0)).startsWith("\uFEFFCounterpart,Kind,IT group,Owner,Tier,Last contact,Score,Health");
		assertThat(all.body()).contains("\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"x\"\")")
			.contains(this.plain)
			.doesNotContain(",=HYPERLINK");

		HttpResponse<String> mine = session("keeper-" + this.mother.run(), "tidy-ledger-" + this.mother.run())
			.get("/relationships.csv");
		assertThat(mine.body()).contains("'=HYPERLINK").doesNotContain(this.plain);

		HttpResponse<String> strategic = session("exporter", "paper-trail-box")
			.get("/relationships.csv?tier=STRATEGIC");
		assertThat(strategic.body()).contains(this.plain).doesNotContain("'=HYPERLINK");
	}

	@Test
	void theAlertsDownloadWithTheirMessages() throws Exception {
		this.clock.set(LocalDate.now().plusDays(45));
		SignedIn.asSystem(this.health::recomputeAll);

		HttpResponse<String> alerts = session("keeper-" + this.mother.run(), "tidy-ledger-" + this.mother.run())
			.get("/alerts.csv");

		assertThat(alerts.statusCode()).isEqualTo(200);
		List<String> lines = alerts.body().lines().toList();
		assertThat(lines.get(0)).isEqualTo("\uFEFFType,Relationship,Owner,Since,Alert,State,Acknowledged by,"
				+ "Acknowledged on,Note,Snoozed until,Assigned to");
		assertThat(lines).hasSize(2);
		assertThat(lines.get(1)).startsWith("Losing touch,\"'=HYPERLINK").contains("45 days").endsWith(",Open,,,,,");
	}

	@Test
	void aBadFilterIsAnErrorPageNotABrokenFile() throws Exception {
		HttpResponse<String> bad = session("exporter", "paper-trail-box").get("/relationships.csv?tier=GALACTIC");

		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
	}

	private WebSession session(String username, String password) throws Exception {
		return WebSession.signedIn(this.port, username, password);
	}

}
