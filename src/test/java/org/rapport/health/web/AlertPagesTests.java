package org.rapport.health.web;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.SignedIn;
import org.rapport.WebSession;
import org.rapport.accounts.AccountManagement;
import org.rapport.accounts.Role;
import org.rapport.commitments.CommitmentFixtures;
import org.rapport.commitments.CommitmentManagement;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.PersonDraft;
import org.rapport.directory.PersonSummary;
import org.rapport.health.AlertFilter;
import org.rapport.health.AlertState;
import org.rapport.health.HealthManagement;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;
import org.rapport.relationships.StakeholderDraft;
import org.rapport.relationships.Stance;
import org.rapport.relationships.Tier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alerts page over real HTTP, as a browser without JavaScript and as htmx use it: the
 * alerts grouped by type, its filters, its action forms that keep what was typed beside
 * the error, and the health in brief for a relationship's page header.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "rapport.demo.enabled=false",
		"rapport.admin.username=pages-root", "rapport.admin.password=ledger-by-the-lamp" })
class AlertPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	RelationshipManagement relationships;

	@Autowired
	CommitmentManagement commitments;

	@Autowired
	HealthManagement health;

	@Autowired
	UserDetailsService users;

	RelationshipMother mother;

	String username;

	String password;

	long ownerId;

	long relationship;

	PersonSummary outsider;

	@BeforeEach
	void relationshipWithADetractor() {
		this.mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		long group = this.mother.itGroup("Pages Desk");
		this.ownerId = this.mother.itPerson("Pages Owner", group);
		this.username = "pages-owner-" + this.mother.run();
		this.password = "salt-and-pepper-" + this.mother.run();
		this.mother.account(this.username, this.password, this.ownerId, Role.IT_STAFF);
		long legal = this.mother.businessUnit("Pages Legal");
		this.outsider = SignedIn
			.asSystem(() -> this.directory.createPerson(new PersonDraft(this.mother.named("Pages Counsel"),
					"PG-" + this.mother.run(), null, null, legal, null, false)));
		this.relationship = this.mother.establish(group, legal, this.ownerId, Tier.CORE).id();
		SignedIn.asSystem(() -> {
			this.relationships.addStakeholder(this.relationship,
					new StakeholderDraft(null, "Dana Reyes", null, "General counsel", 5, 4, Stance.DETRACTOR, null));
			return new CommitmentFixtures(this.commitments).make(this.relationship, "Send the retention policy",
					this.ownerId, LocalDate.now().plusDays(10));
		});
	}

	@Test
	void thePageGroupsTheAlertsByTypeWithCountsAndOffersTheActionsOnDemand() throws Exception {
		HttpResponse<String> page = session().get("/alerts");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"group-DETRACTOR\"")
			.contains("Pages Legal " + this.mother.run())
			.contains("<summary class=\"btn btn-secondary btn-small\">Acknowledge</summary>")
			.contains("<summary class=\"btn btn-secondary btn-small\">Snooze</summary>")
			.contains("<summary class=\"btn btn-secondary btn-small\">Assign</summary>")
			.contains("Required, up to 1,000 characters")
			.contains("(90 days ahead)")
			.doesNotContain("<details class=\"alert-action\" open");

		HttpResponse<String> filtered = session().htmx("/alerts?type=LOSING_TOUCH");
		assertThat(filtered.body()).startsWith("<div id=\"alert-list\"")
			.contains("Nothing matches these filters")
			.doesNotContain("<html");
	}

	@Test
	void aRefusedNoteShowsBesideItsFieldWithWhatWasTypedAndNothingChanges() throws Exception {
		long id = alert();
		WebSession session = session();

		HttpResponse<String> refused = session.post("/alerts/" + id + "/acknowledgement",
				"note=" + "x".repeat(1001) + "&type=DETRACTOR");

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("<details class=\"alert-action\" open=\"open\">")
			.contains("id=\"note-" + id + "-error\"")
			.contains("Keep the note to 1,000 characters")
			.contains(">" + "x".repeat(1001) + "</textarea>")
			// The filter the form was posted from still holds.
			.contains("<option value=\"DETRACTOR\" selected=\"selected\">");
		assertThat(state(id)).isEqualTo(AlertState.OPEN);

		HttpResponse<String> outsideIt = session.send("POST", "/alerts/" + id + "/assignment",
				"personRef=" + this.outsider.employeeId(), true, Map.of("HX-Request", "true"));
		assertThat(outsideIt.statusCode()).isEqualTo(200);
		assertThat(outsideIt.body()).startsWith("<div id=\"alert-list\"")
			.contains("id=\"personRef-" + id + "-error\"")
			.contains("does not work in IT")
			.contains("value=\"" + this.outsider.employeeId() + "\"");
	}

	@Test
	void anActionWithoutJavaScriptRedirectsToThePageItCameFromAndWithHtmxAnswersTheList() throws Exception {
		long id = alert();
		WebSession session = session();

		HttpResponse<String> snoozed = session.post("/alerts/" + id + "/snooze",
				"until=" + LocalDate.now().plusDays(7) + "&state=all&q=Pages");

		assertThat(snoozed.statusCode()).isEqualTo(302);
		assertThat(snoozed.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/alerts?state=all&q=Pages"));
		assertThat(state(id)).isEqualTo(AlertState.SNOOZED);
		assertThat(session.get("/alerts?state=all&q=Pages").body()).contains("is snoozed.");

		HttpResponse<String> acknowledged = session.send("POST", "/alerts/" + id + "/acknowledgement",
				"note=Lunch+booked&state=all", true, Map.of("HX-Request", "true"));
		assertThat(acknowledged.statusCode()).isEqualTo(200);
		assertThat(acknowledged.headers().firstValue("HX-Trigger")).hasValue("alertsChanged");
		assertThat(acknowledged.body()).startsWith("<div id=\"alert-list\"")
			.contains("is acknowledged.")
			.contains("Lunch booked");
		assertThat(state(id)).isEqualTo(AlertState.ACKNOWLEDGED);

		HttpResponse<String> late = session.post("/alerts/" + id + "/acknowledgement", "note=Again");
		assertThat(late.statusCode()).isEqualTo(302);
		assertThat(session.get("/alerts").body()).contains("acknowledged already");

		assertThat(session
			.send("POST", "/alerts/" + id + "/snooze", "until=" + LocalDate.now().plusDays(7), false, Map.of())
			.statusCode()).isEqualTo(403);
	}

	@Test
	void theHealthInBriefShowsScoreBandOpenAlertsAndTheNextCommitmentAsAFragment() throws Exception {
		WebSession session = session();

		for (HttpResponse<String> status : new HttpResponse[] {
				session.get("/relationships/" + this.relationship + "/health?part=status"),
				session.htmx("/relationships/" + this.relationship + "/health?part=status") }) {
			assertThat(status.statusCode()).isEqualTo(200);
			assertThat(status.body()).startsWith("<div id=\"health-status\"")
				.doesNotContain("<html")
				.contains("<span class=\"score score-WATCH\">67</span>")
				.contains("<span class=\"badge band-badge band-WATCH\">Watch</span>")
				.contains("href=\"/alerts?relationshipId=" + this.relationship + "\"")
				.contains("1 open alert<")
				.contains("“Send the retention policy”")
				.contains("by " + java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy")
					.withLocale(java.util.Locale.ENGLISH)
					.format(LocalDate.now().plusDays(10)));
		}
		// The page of the relationship asks for it in its header.
		assertThat(session.get("/relationships/" + this.relationship).body())
			.contains("hx-get=\"/relationships/" + this.relationship + "/health?part=status\"");
	}

	@Test
	void theHealthSectionChartsEachComponentWithATableToo() throws Exception {
		String section = session().htmx("/relationships/" + this.relationship + "/health").body();

		assertThat(section).contains("data-component=\"ENGAGEMENT\"")
			.contains("class=\"chart-point\" tabindex=\"0\"")
			.contains("<title>Engagement, week of ")
			.contains("The same figures as a table")
			.doesNotContain("data-component=\"PERCEPTION\"");
	}

	private long alert() {
		return SignedIn.as(this.users, this.username,
				() -> this.health.alerts(AlertFilter.everyStateOf(this.relationship), null, 10).items().get(0).id());
	}

	private AlertState state(long id) {
		return SignedIn.as(this.users, this.username, () -> this.health.alert(id)).state();
	}

	private WebSession session() throws Exception {
		return WebSession.signedIn(this.port, this.username, this.password);
	}

}
