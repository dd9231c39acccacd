package org.rapport.surveys;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapport.accounts.AccountManagement;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.PersonDraft;
import org.rapport.SignedIn;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipMother;
import org.rapport.shared.ImportRejection;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.StateConflictException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Importing past results: the real exports in {@code ../shared/data/nps/}, each with its
 * own header layout, become a recorded campaign whose figures equal those computed here
 * from the file; rows that break an answer's rules are listed and left out; columns that
 * do not match store nothing.
 */
@SpringBootTest(properties = "rapport.demo.enabled=false")
@RecordApplicationEvents
class SurveyImportsTests {

	static final Path NPS = Path.of("..", "shared", "data", "nps");

	static final String RECOMMEND_2016 = "How likely is it that you would recommend the Make School Summer Academy to a friend?";

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
	ApplicationEvents events;

	RelationshipMother mother;

	SurveyMother pulses;

	SurveyMother.Organisation organisation;

	@BeforeEach
	void organisation() {
		this.mother = new RelationshipMother(this.directory, this.accounts, this.relationships);
		this.pulses = new SurveyMother(this.mother, this.directory, this.surveys, this.jdbc, this.users);
		this.organisation = this.pulses.organisation();
	}

	@Test
	void theStudentFeedbackExportBecomesARecordedPulseWithTheFiguresOfItsFile() throws IOException {
		byte[] file = Files.readAllBytes(NPS.resolve("makeschool_Student-Feedback-2017.csv"));
		long campaign = draft("relationship-pulse", Channel.PULSE, this.organisation.finance().id());

		ResponseImport done = this.pulses.as("head", () -> this.surveys.importResponses(campaign, null, file,
				Map.of("recommend", "Rating (Num)", "segment", "Location"), LocalDate.of(2017, 8, 11)));

		// Computed here from the file, independently of Rapport: a row counts when its
		// rating is a whole number from 0 to 10.
		Expected expected = expected(file, "Rating (Num)", "Location");
		assertThat(expected.valid()).isEqualTo(1450);
		assertThat(done.imported()).isEqualTo(expected.valid());
		assertThat(done.rejected()).extracting(ImportRejection::row).containsExactlyElementsOf(expected.invalidRows());
		assertThat(done.rejected()).first()
			.satisfies((rejection) -> assertThat(rejection.reason()).isEqualTo("Row " + expected.invalidRows().get(0)
					+ " has \"#ERROR!\" in recommend, which is not a whole number."));
		assertThat(done.campaign().state()).isEqualTo(CampaignState.CLOSED);
		assertThat(done.campaign().launchedAt()).isNull();
		assertThat(done.campaign().opensOn()).isEqualTo(LocalDate.of(2017, 8, 11));
		assertThat(done.campaign().closesOn()).isEqualTo(LocalDate.of(2017, 8, 11));

		SurveyResults results = this.pulses.as("head", () -> this.surveys.results(campaign, "segment", null));
		assertThat(results.responses()).isEqualTo(1450);
		assertThat(results.invitations()).isZero();
		assertThat(results.nps().score()).isEqualTo(expected.nps(null));
		assertThat(results.groups()).filteredOn((group) -> group.key().equals("Tokyo"))
			.singleElement()
			.satisfies((tokyo) -> {
				assertThat(tokyo.responses()).isEqualTo(expected.counts().get("Tokyo"));
				assertThat(tokyo.nps().score()).isEqualTo(expected.nps("Tokyo"));
			});
		// The rows without a location form a group of their own, like any other.
		assertThat(results.groups()).extracting(SurveyResults.Group::key).contains("none", "San Francisco");
		assertThat(this.events.stream(PerceptionMeasured.class)).singleElement().satisfies((measured) -> {
			assertThat(measured.relationshipId()).isEqualTo(this.organisation.finance().id());
			assertThat(measured.measuredOn()).isEqualTo(LocalDate.of(2017, 8, 11));
			assertThat(measured.nps()).isEqualTo(expected.nps(null));
		});
		assertThat(this.events.stream(ResponsesImported.class)).singleElement()
			.satisfies((event) -> assertThat(event.rejected()).isEqualTo(3));
	}

	@Test
	void aWeeklyExportWithItsOwnHeadersAndUsDatesImportsThroughItsMapping() throws IOException {
		byte[] file = fromZip("Week 8 Feedback (2016, incomplete) - results.csv");
		long campaign = draft("relationship-pulse", Channel.PULSE, this.organisation.finance().id(),
				this.organisation.legal().id());
		String finance = this.organisation.finance().relationship().counterpartName();
		// One relationship per location stands in for how an organisation maps its own
		// export: the file's location column names the counterpart.
		String text = new String(file, StandardCharsets.UTF_8).replace(",New York,", "," + finance + ",");

		ResponseImport done = this.pulses.as("head",
				() -> this.surveys.importResponses(campaign, null, text.getBytes(StandardCharsets.UTF_8), Map
					.of("recommend", RECOMMEND_2016, "answeredOn", "Submit Date (UTC)", "relationship", "location"),
						null));

		// New York's twelve rows name Finance; the other locations are not relationships
		// of the campaign and are listed.
		assertThat(done.imported()).isEqualTo(12);
		assertThat(done.rejected()).hasSize(53)
			.allSatisfy((rejection) -> assertThat(rejection.code()).isEqualTo("survey.import.row.relationship"));
		assertThat(done.campaign().opensOn()).isEqualTo(LocalDate.of(2016, 9, 7));
		SurveyResults results = this.pulses.as("head", () -> this.surveys.results(campaign, "relationship", null));
		assertThat(results.groups()).singleElement().satisfies((group) -> {
			assertThat(group.key()).isEqualTo(String.valueOf(this.organisation.finance().id()));
			assertThat(group.responses()).isEqualTo(12);
		});
	}

	@Test
	void columnsThatDoNotMatchAreRefusedAndNothingIsStored() throws IOException {
		byte[] file = Files.readAllBytes(NPS.resolve("makeschool_Student-Feedback-2017.csv"));
		long campaign = draft("relationship-pulse", Channel.PULSE, this.organisation.finance().id());

		assertRefused(campaign, file, Map.of("recommend", "Score"), "mapping", "error.survey.import.no-column");
		assertRefused(campaign, file, Map.of("segment", "Location"), "mapping", "error.survey.import.unmapped");
		assertRefused(campaign, file, Map.of("recommend", "Rating (Num)", "mood", "Week"), "mapping",
				"error.survey.import.target");
		assertRefused(campaign, file, Map.of("recommend", "Rating (Num)", "respondent", "ID"), "mapping",
				"error.survey.import.respondent-anonymous");
		assertRefused(campaign, "Rating (Num)\n#ERROR!\n11\n".getBytes(StandardCharsets.UTF_8),
				Map.of("recommend", "Rating (Num)"), "file", "error.survey.import.no-rows");
		assertRefused(campaign, new byte[] { (byte) 0xC3, (byte) 0x28 }, Map.of("recommend", "x"), "file", null);

		assertThat(responses(campaign)).isZero();
		assertThat(this.pulses.as("head", () -> this.surveys.campaign(campaign)).state())
			.isEqualTo(CampaignState.DRAFT);
	}

	@Test
	void anAttributedReviewKeepsItsRespondentsAndChecksEachRowLikeAnAnswer() {
		RelationshipMother.Sample finance = this.organisation.finance();
		String partner = SignedIn.asSystem(() -> this.directory
			.createPerson(new PersonDraft(this.mother.named("Imported Partner"), null,
					"imported." + this.mother.run() + "@example.com", null, finance.counterpartId(), null, false))
			.email());
		long campaign = draft("relationship-pulse", Channel.REVIEW, finance.id());
		String csv = String.join("\n", "Who,Score,Why,Said,On",
				partner.toUpperCase() + ",9,,Kept every promise,2026-03-02", "nobody@example.com,8,,,2026-03-03",
				partner + ",12,,,2026-03-04", partner + ",3,,Slow,31/03/2026", partner + ",,,,2026-03-05",
				partner + ",10,,,2999-01-01") + "\n";

		ResponseImport done = this.pulses
			.as("head",
					() -> this.surveys.importResponses(
							campaign, null, csv.getBytes(StandardCharsets.UTF_8), Map.of("recommend", "Score",
									"reasons", "Why", "change", "Said", "respondent", "Who", "answeredOn", "On"),
							null));

		assertThat(done.imported()).isEqualTo(1);
		assertThat(done.rejected()).extracting(ImportRejection::row, ImportRejection::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "survey.import.row.respondent"),
					org.assertj.core.groups.Tuple.tuple(4, "survey.import.row.answer"),
					org.assertj.core.groups.Tuple.tuple(5, "survey.import.row.day"),
					org.assertj.core.groups.Tuple.tuple(6, "survey.import.row.no-answers"),
					org.assertj.core.groups.Tuple.tuple(7, "survey.import.row.future"));
		assertThat(done.rejected().get(1).reason()).isEqualTo("Row 4, recommend: Choose a value from 0 to 10");
		SurveyResults results = this.pulses.as("head", () -> this.surveys.results(campaign, null, null));
		assertThat(results.respondents()).singleElement().satisfies((respondent) -> {
			assertThat(respondent.submittedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
			assertThat(respondent.comments()).contains("Kept every promise");
		});
	}

	@Test
	void aLaunchedOrRecordedCampaignTakesNoImport() {
		long launched = this.pulses.launch(Channel.PULSE, 5, 5, List.of(), this.organisation.finance().id());
		byte[] csv = "Score\n9\n".getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> this.pulses.as("head",
				() -> this.surveys.importResponses(launched, null, csv, Map.of("recommend", "Score"), null)))
			.isInstanceOfSatisfying(StateConflictException.class,
					(ex) -> assertThat(ex.getCode()).isEqualTo("error.campaign.import-launched"));

		long recorded = draft("relationship-pulse", Channel.PULSE, this.organisation.finance().id());
		this.pulses.as("head",
				() -> this.surveys.importResponses(recorded, null, csv, Map.of("recommend", "Score"), null));
		assertThatThrownBy(() -> this.pulses.as("head",
				() -> this.surveys.importResponses(recorded, null, csv, Map.of("recommend", "Score"), null)))
			.isInstanceOf(StateConflictException.class);
		assertThat(responses(recorded)).isEqualTo(1);
	}

	@Test
	void readsTheDaysSurveyToolsExport() {
		assertThat(ResponseImports.day("2017-06-26")).isEqualTo(LocalDate.of(2017, 6, 26));
		assertThat(ResponseImports.day("2017-06-26 17:59:03")).isEqualTo(LocalDate.of(2017, 6, 26));
		assertThat(ResponseImports.day("6/24/2016 14:02:56")).isEqualTo(LocalDate.of(2016, 6, 24));
		assertThat(ResponseImports.day("9/7/16 1:03")).isEqualTo(LocalDate.of(2016, 9, 7));
		assertThat(ResponseImports.day("31/03/2026")).isNull();
		assertThat(ResponseImports.day("2017-02-30")).isNull();
		assertThat(ResponseImports.day("Week 1")).isNull();
	}

	private void assertRefused(long campaign, byte[] file, Map<String, String> mapping, String field, String code) {
		assertThatThrownBy(
				() -> this.pulses.as("head", () -> this.surveys.importResponses(campaign, null, file, mapping, null)))
			.isInstanceOfSatisfying(InvalidInputException.class, (ex) -> {
				assertThat(ex.getField()).isEqualTo(field);
				if (code != null) {
					assertThat(ex.getCode()).isEqualTo(code);
				}
			});
	}

	private long draft(String template, Channel channel, Long... relationshipIds) {
		return this.pulses.as("head",
				() -> this.surveys
					.create(new CampaignDraft(template, "Earlier " + this.mother.run(), channel,
							List.of(relationshipIds), null, LocalDate.now().plusDays(14), null, null, List.of()))
					.id());
	}

	private long responses(long campaign) {
		return this.jdbc.sql("select count(*) from surveys_response where campaign_id = :id")
			.param("id", campaign)
			.query(Long.class)
			.single();
	}

	static byte[] fromZip(String name) throws IOException {
		try (InputStream in = Files.newInputStream(NPS.resolve("makeschool_SA_Feedback_Surveys_2016-2017.zip"));
				ZipInputStream zip = new ZipInputStream(in)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().endsWith("/" + name) && !entry.getName().startsWith("__MACOSX")) {
					return zip.readAllBytes();
				}
			}
		}
		throw new IllegalArgumentException(name + " is not in the archive");
	}

	/**
	 * A file's recommendation figures, computed with nothing of Rapport's.
	 */
	static Expected expected(byte[] file, String scoreColumn, String groupColumn) throws IOException {
		Map<String, int[]> groups = new HashMap<>();
		List<Integer> invalid = new java.util.ArrayList<>();
		String text = new String(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
		try (CSVParser parser = CSVParser.parse(text,
				CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
			for (CSVRecord record : parser) {
				Integer score;
				try {
					score = Integer.valueOf(record.get(scoreColumn).strip());
				}
				catch (NumberFormatException ex) {
					score = null;
				}
				if (score == null || score < 0 || score > 10) {
					invalid.add((int) record.getRecordNumber() + 1);
					continue;
				}
				String group = record.get(groupColumn).strip();
				for (String key : new String[] { "", group.isEmpty() ? "none" : group }) {
					int[] counts = groups.computeIfAbsent(key, (k) -> new int[3]);
					counts[(score >= 9) ? 0 : (score >= 7) ? 1 : 2]++;
				}
			}
		}
		return new Expected(groups, invalid);
	}

	record Expected(Map<String, int[]> groups, List<Integer> invalidRows) {

		int valid() {
			int[] all = this.groups.get("");
			return all[0] + all[1] + all[2];
		}

		Map<String, Long> counts() {
			Map<String, Long> counts = new HashMap<>();
			this.groups.forEach((key, value) -> counts.put(key, (long) (value[0] + value[1] + value[2])));
			return counts;
		}

		/** Promoters less detractors as whole percentages of all, half away from zero. */
		int nps(String group) {
			int[] counts = this.groups.get((group != null) ? group : "");
			int all = counts[0] + counts[1] + counts[2];
			return new BigDecimal(100L * (counts[0] - counts[2]))
				.divide(BigDecimal.valueOf(all), 0, RoundingMode.HALF_UP)
				.intValue();
		}

	}

}
