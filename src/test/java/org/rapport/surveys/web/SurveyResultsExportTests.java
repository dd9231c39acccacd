package org.rapport.surveys.web;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.JsonApi;
import org.rapport.WebSession;
import org.rapport.accounts.AccountManagement;
import org.rapport.directory.DirectoryManagement;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;
import org.rapport.relationships.Tier;
import org.rapport.surveys.CampaignDraft;
import org.rapport.surveys.Channel;
import org.rapport.surveys.SurveyManagement;
import org.rapport.surveys.SurveyMother;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A campaign's results download as CSV from its page and over the API with the figures
 * the page shows: counts for every part, figures and comments only where the anonymity
 * rules let them show, cells a spreadsheet would run as formulas kept as text, rows per
 * respondent only in an attributed review, and the same refusal as the results.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=false" })
class SurveyResultsExportTests {

	@LocalServerPort
	int port;

	@Autowired
	SurveyManagement surveys;

	@Autowired
	RelationshipManagement relationships;

	@Autowired
	DirectoryManagement directory;

	@Autowired
	AccountManagement accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	RelationshipMother mother;

	SurveyMother pulses;

	RelationshipMother.Sample finance;

	RelationshipMother.Sample legal;

	long audit;

	@BeforeEach
	void organisation() {
		this.mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		this.pulses = new SurveyMother(this.mother, this.directory, this.surveys, this.jdbc, this.users);
		SurveyMother.Organisation organisation = this.pulses.organisation();
		this.finance = organisation.finance();
		this.legal = organisation.legal();
		this.audit = this.mother
			.establish(this.finance.itGroupId(), this.mother.businessUnit("Export Audit"), this.finance.ownerId(),
					Tier.CORE)
			.id();
	}

	@Test
	void theFileHoldsThePagesFiguresAndOnlyCountsForSuppressedGroups() throws Exception {
		long campaign = recordedPulse();
		WebSession head = WebSession.signedIn(this.port, this.pulses.user("head"), this.pulses.password());

		HttpResponse<String> page = head.get("/surveys/" + campaign + "?groupBy=relationship");
		HttpResponse<String> file = head.get("/surveys/" + campaign + "/results.csv?groupBy=relationship");
		JsonNode results = this.json.readTree(api()
			.get("/api/v1/campaigns/" + campaign + "/results?groupBy=relationship", this.pulses.credentials("head"))
			.body());

		// Finance 10, 9, 9, 8, 7, 6: 3 promoters, 1 detractor of 6, NPS 33. The whole of
		// 13: 7 promoters, 4 detractors, NPS 23. Legal's 2 are too few, and the audit's 5
		// go with them so that the two cannot be told from the whole less Finance.
		assertThat(page.body()).contains("<span class=\"nps-value\">23</span>")
			.contains("<td class=\"num\">33</td>")
			.contains("/surveys/" + campaign + "/results.csv?groupBy=relationship");
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/csv"));
		assertThat(file.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((disposition) -> assertThat(disposition).startsWith("attachment")
				.contains("survey-results-" + campaign + "-" + LocalDate.now()));
		List<CSVRecord> rows = rows(file);
		assertThat(rows.get(0).values()).startsWith("Part", "Group", "Of", "Answered", "Invited", "Responses",
				"Figures", "NPS", "Promoters", "Passives", "Detractors");
		Map<String, String> whole = row(rows, "Whole");
		assertThat(whole).containsEntry("Responses", "13")
			.containsEntry("Responses", results.path("responses").asString())
			.containsEntry("Figures", "shown")
			.containsEntry("NPS", "23")
			.containsEntry("NPS", results.path("figures").path("nps").path("score").asString())
			.containsEntry("Promoters", "7")
			.containsEntry("Detractors", "4");
		// The first comment would be a formula; it stays text.
		assertThat(whole.get("Comments")).startsWith("'=1+2").contains("Never again");
		Map<String, String> shown = row(rows, this.finance.relationship().counterpartName());
		assertThat(shown).containsEntry("Part", "Group")
			.containsEntry("Responses", "6")
			.containsEntry("Figures", "shown")
			.containsEntry("NPS", "33")
			.containsEntry("Promoters", "3")
			.containsEntry("Passives", "2")
			.containsEntry("Detractors", "1");
		for (String held : List.of(this.legal.relationship().counterpartName(), this.mother.named("Export Audit"))) {
			Map<String, String> suppressed = row(rows, held);
			assertThat(suppressed.get("Figures")).isEqualTo("suppressed");
			assertThat(suppressed.get("NPS")).isEmpty();
			assertThat(suppressed.get("Promoters")).isEmpty();
			assertThat(suppressed.get("Comments")).isEmpty();
		}
		assertThat(row(rows, this.legal.relationship().counterpartName())).containsEntry("Responses", "2");
		assertThat(row(rows, this.mother.named("Export Audit"))).containsEntry("Responses", "5");
		// An anonymous pulse has no rows per respondent.
		assertThat(rows).extracting((row) -> row.get(0)).containsOnly("Part", "Whole", "Group");
		HttpResponse<String> api = api().get("/api/v1/campaigns/" + campaign + "/results.csv?groupBy=relationship",
				this.pulses.credentials("head"));
		assertThat(api.statusCode()).isEqualTo(200);
		assertThat(api.body()).isEqualTo(file.body());
	}

	@Test
	void countsOfInvitationsShowForEveryGroupAndAttributedReviewsListTheirRespondents() throws Exception {
		long pulse = this.pulses.launch(Channel.PULSE, 5, 5, List.of(), this.finance.id(), this.legal.id());
		List<String> financeLinks = this.pulses.tokens(pulse, this.finance.id());
		for (int n = 0; n < 5; n++) {
			this.pulses.answer(financeLinks.get(n), 9, null);
		}
		this.pulses.answer(this.pulses.tokens(pulse, this.legal.id()).get(0), 2, null);

		List<CSVRecord> rows = rows(
				api().get("/api/v1/campaigns/" + pulse + "/results.csv?groupBy=unit", this.pulses.credentials("cio")));

		// Legal's one response is too few, and Finance's five go with it.
		assertThat(row(rows, "Whole")).containsEntry("Invited", "8")
			.containsEntry("Responses", "6")
			.containsEntry("Figures", "shown");
		assertThat(row(rows, this.finance.relationship().counterpartName())).containsEntry("Invited", "6")
			.containsEntry("Responses", "5")
			.containsEntry("Figures", "suppressed")
			.containsEntry("NPS", "");
		assertThat(row(rows, this.legal.relationship().counterpartName())).containsEntry("Invited", "2")
			.containsEntry("Responses", "1")
			.containsEntry("Figures", "suppressed")
			.containsEntry("NPS", "");

		long review = this.pulses.launch(Channel.REVIEW, 5, 5, List.of(), this.finance.id());
		List<String> reviewLinks = this.pulses.tokens(review, this.finance.id());
		this.pulses.answer(reviewLinks.get(0), 8, "Clear answers");
		this.pulses.answer(reviewLinks.get(1), 4, null);

		List<CSVRecord> reviewed = rows(
				api().get("/api/v1/campaigns/" + review + "/results.csv", this.pulses.credentials("cio")));

		List<CSVRecord> respondents = reviewed.stream().filter((row) -> row.get(0).equals("Respondent")).toList();
		assertThat(respondents).extracting((row) -> row.get(1))
			.allMatch((name) -> name.startsWith(this.finance.relationship().counterpartName() + " Partner "))
			.doesNotHaveDuplicates();
		assertThat(respondents).extracting((row) -> row.get(7), (row) -> row.get(row.size() - 1))
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("8", "Clear answers"),
					org.assertj.core.groups.Tuple.tuple("4", ""));
	}

	@Test
	void aFileThatWouldSingleOutFewRespondentsBesideWhatTheCallerSawIsRefused() throws Exception {
		long campaign = recordedPulse();
		String cio = this.pulses.credentials("cio");
		assertThat(api().get("/api/v1/campaigns/" + campaign + "/results.csv?groupBy=relationship", cio).statusCode())
			.isEqualTo(200);

		// The audit's 5 alone, beside the 7 of the audit and Legal held back together,
		// would give Legal's 2 away.
		HttpResponse<String> api = api()
			.get("/api/v1/campaigns/" + campaign + "/results.csv?filter=relationship:" + this.audit, cio);
		HttpResponse<String> page = WebSession.signedIn(this.port, this.pulses.user("cio"), this.pulses.password())
			.get("/surveys/" + campaign + "/results.csv?groupBy=none&filter=relationship:" + this.audit);

		assertThat(api.statusCode()).isEqualTo(409);
		assertThat(api.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(page.statusCode()).isEqualTo(409);
		assertThat(page.body()).doesNotContain("Clear answers").doesNotContain("Never again");
	}

	@Test
	void resultsByOwnerShowOnThePageAndInTheFile() throws Exception {
		long campaign = recordedPulse();
		WebSession head = WebSession.signedIn(this.port, this.pulses.user("head"), this.pulses.password());

		HttpResponse<String> page = head.get("/surveys/" + campaign + "?groupBy=owner");
		List<CSVRecord> rows = rows(head.get("/surveys/" + campaign + "/results.csv?groupBy=owner"));

		// Finance's owner holds Finance and the audit, 11 responses; Legal's owner has 2,
		// too few, and Finance's owner is held back with them.
		assertThat(page.body()).contains("By owner").contains(this.mother.named("Pulse Finance Owner"));
		assertThat(row(rows, this.mother.named("Pulse Finance Owner"))).containsEntry("Responses", "11")
			.containsEntry("Figures", "suppressed");
		assertThat(row(rows, this.mother.named("Pulse Legal Owner"))).containsEntry("Responses", "2")
			.containsEntry("Figures", "suppressed");
	}

	/**
	 * A pulse recorded from earlier results over Finance (6), the audit (5) and Legal
	 * (2).
	 */
	private long recordedPulse() {
		String csv = String.join("\n", "Rel,Score,Comment", this.finance.id() + ",10,\"=1+2, as we pay it\"",
				this.finance.id() + ",9,Fast", this.finance.id() + ",9,", this.finance.id() + ",8,",
				this.finance.id() + ",7,", this.finance.id() + ",6,Slow", this.audit + ",10,", this.audit + ",9,",
				this.audit + ",9,", this.audit + ",3,", this.audit + ",2,", this.legal.id() + ",0,Never again",
				this.legal.id() + ",10,") + "\n";
		return this.pulses.as("head", () -> {
			long id = this.surveys
				.create(new CampaignDraft("relationship-pulse", "Export " + this.mother.run(), Channel.PULSE,
						List.of(this.finance.id(), this.audit, this.legal.id()), null, LocalDate.now().plusDays(14), 5,
						5, List.of()))
				.id();
			this.surveys.importResponses(id, null, csv.getBytes(StandardCharsets.UTF_8),
					Map.of("relationship", "Rel", "recommend", "Score", "change", "Comment"),
					LocalDate.now().minusDays(1));
			return id;
		});
	}

	private static List<CSVRecord> rows(HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).isEqualTo(200);
		String body = response.body();
		assertThat(body).startsWith("\uFEFF");
		return CSVFormat.DEFAULT.parse(new StringReader(body.substring(1))).getRecords();
	}

	/**
	 * The row whose part or group is named so, by its headers.
	 */
	private static Map<String, String> row(List<CSVRecord> rows, String name) {
		List<String> headers = rows.get(0).toList();
		CSVRecord row = rows.stream()
			.skip(1)
			.filter((record) -> record.get(0).equals(name) || record.get(1).equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row " + name + " in " + rows));
		Map<String, String> cells = new java.util.LinkedHashMap<>();
		for (int n = 0; n < headers.size(); n++) {
			cells.putIfAbsent(headers.get(n), row.get(n));
		}
		return cells;
	}

	private JsonApi api() {
		return new JsonApi(this.port);
	}

}
