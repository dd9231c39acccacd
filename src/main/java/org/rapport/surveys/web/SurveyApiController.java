package org.rapport.surveys.web;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.KeysetPage;
import org.rapport.shared.NotFoundException;
import org.rapport.shared.web.ImportMappings;
import org.rapport.shared.web.Versions;
import org.rapport.surveys.CampaignDraft;
import org.rapport.surveys.CampaignSummary;
import org.rapport.surveys.MirrorComparison;
import org.rapport.surveys.ResponseImport;
import org.rapport.surveys.SurveyManagement;
import org.rapport.surveys.SurveyResults;
import org.rapport.surveys.SurveyTemplateSummary;
import org.rapport.surveys.TemplateChange;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Survey templates and campaigns over REST: preparing a campaign, launching it, reading
 * it with its counts.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Surveys")
class SurveyApiController {

	private final SurveyManagement surveys;

	private final JsonMapper json;

	private final MessageSource messages;

	private final Clock clock;

	SurveyApiController(SurveyManagement surveys, JsonMapper json, MessageSource messages, Clock clock) {
		this.surveys = surveys;
		this.json = json;
		this.messages = messages;
		this.clock = clock;
	}

	@Operation(summary = "List the survey templates with their questions",
			description = "Those shipped with Rapport first; each has a stable key such as relationship-pulse.")
	@GetMapping("/survey-templates")
	KeysetPage<SurveyTemplateSummary> templates() {
		return new KeysetPage<>(this.surveys.templates(), null);
	}

	@Operation(summary = "Read one survey template by its key")
	@GetMapping("/survey-templates/{key}")
	ResponseEntity<SurveyTemplateSummary> template(@PathVariable String key) {
		SurveyTemplateSummary template = this.surveys.template(key);
		return Versions.tagged(template, template.version());
	}

	@Operation(summary = "Make an editable copy of a template",
			description = "The copy has all the template's questions and a key made from its name.")
	@PostMapping("/survey-templates/{key}/copies")
	ResponseEntity<SurveyTemplateSummary> copyTemplate(@PathVariable String key, @RequestBody TemplateCopy copy) {
		SurveyTemplateSummary template = this.surveys.copyTemplate(key, copy.name());
		return ResponseEntity.created(URI.create("/api/v1/survey-templates/" + template.key()))
			.eTag(Versions.etag(template.version()))
			.body(template);
	}

	/**
	 * Changes an organisation's copy of a template. {@code If-Match} with its
	 * {@code ETag} makes the change refuse when someone changed it meanwhile.
	 */
	@Operation(summary = "Change a copy of a template: its name, description and questions",
			description = "questions lists them as they should be, in order: one with an existing key rewords it "
					+ "(and may change required), one without a key adds a RATING (scaleMax 5, 7, 9 or 10) or TEXT "
					+ "question, and existing questions left out are removed, except those that carry the "
					+ "template's figures. A template shipped with Rapport, or one with campaigns launched or "
					+ "recorded from it, answers 409.")
	@PutMapping("/survey-templates/{key}")
	ResponseEntity<SurveyTemplateSummary> changeTemplate(@PathVariable String key, @RequestBody TemplateChange change,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		SurveyTemplateSummary template = this.surveys.changeTemplate(key, change, Versions.ifMatch(ifMatch, null));
		return Versions.tagged(template, template.version());
	}

	/**
	 * A copy to make of a template.
	 *
	 * @param name the copy's name
	 */
	record TemplateCopy(String name) {
	}

	@Operation(summary = "List the campaigns, the newest first", description = "Keyset pages of 1 to 200.")
	@GetMapping("/campaigns")
	KeysetPage<CampaignSummary> campaigns(@RequestParam(required = false) String after,
			@RequestParam(required = false) Integer size) {
		return this.surveys.campaigns(after, size);
	}

	@Operation(summary = "Prepare a campaign from a template",
			description = "Nothing is sent until it is launched. A pulse is anonymous: its results show only for "
					+ "groups of at least minimumResponses (5 when not given, never below 3).")
	@PostMapping("/campaigns")
	ResponseEntity<CampaignSummary> create(@RequestBody CampaignDraft draft) {
		CampaignSummary campaign = this.surveys.create(draft);
		return ResponseEntity.created(URI.create("/api/v1/campaigns/" + campaign.id()))
			.eTag(Versions.etag(campaign.version()))
			.body(campaign);
	}

	@Operation(summary = "Read one campaign with its invitation and response counts")
	@GetMapping("/campaigns/{id}")
	ResponseEntity<CampaignSummary> campaign(@PathVariable long id) {
		CampaignSummary campaign = this.surveys.campaign(id);
		return Versions.tagged(campaign, campaign.version());
	}

	/**
	 * Closes an open campaign before its last day. {@code If-Match} with its {@code ETag}
	 * makes the closing refuse when someone changed it meanwhile.
	 */
	@Operation(summary = "Close a campaign: its links stop taking answers",
			description = "What it measured of each relationship's perception goes into their health, for the "
					+ "relationships whose responses reach the minimum. A campaign that is not open answers 409.")
	@PostMapping("/campaigns/{id}/close")
	ResponseEntity<CampaignSummary> close(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		CampaignSummary closed = this.surveys.close(id, Versions.ifMatch(ifMatch, null));
		return Versions.tagged(closed, closed.version());
	}

	@Operation(summary = "Read a campaign's results, whole and by group",
			description = "groupBy is relationship, unit, segment, owner (the relationship's owner in IT), itGroup "
					+ "(the IT group accountable for it) or none; filter is relationship:<id> or unit:<id>. In an "
					+ "anonymous pulse a part with fewer responses than the campaign's minimum says suppressed: true "
					+ "and carries no figures, and a filter that would single out fewer respondents beside what the "
					+ "caller saw recently answers 409.")
	@GetMapping("/campaigns/{id}/results")
	SurveyResults results(@PathVariable long id, @RequestParam(required = false) String groupBy,
			@RequestParam(required = false) String filter) {
		return this.surveys.results(id, groupBy, filter);
	}

	@Operation(summary = "Download a campaign's results as CSV",
			description = "The same results as GET /campaigns/{id}/results for the same groupBy and filter, as a "
					+ "text/csv file: a row for the whole and for each group with its invitations and responses, and "
					+ "in an attributed review a row per respondent. A suppressed part is marked suppressed and "
					+ "carries counts only; comments only where they reach the comment minimum. Refused with 409 as "
					+ "the results are.")
	@GetMapping("/campaigns/{id}/results.csv")
	void resultsCsv(@PathVariable long id, @RequestParam(required = false) String groupBy,
			@RequestParam(required = false) String filter, HttpServletResponse response, Locale locale)
			throws IOException {
		SurveyResults results = this.surveys.results(id, groupBy, filter);
		ResultsCsv.write(response, this.surveys.template(this.surveys.campaign(id).templateKey()), results,
				this.messages, locale, LocalDate.now(this.clock));
	}

	/**
	 * Imports past results into a campaign that was never launched. {@code If-Match} with
	 * its {@code ETag} makes the import refuse when someone changed it meanwhile.
	 */
	@Operation(summary = "Import past results from a CSV file",
			description = "mapping names the header of each target, as a JSON object or target=Header lines: the "
					+ "template's question keys (a service quality item's key.minimum and key.desired columns beside "
					+ "its key), relationship (id or counterpart name), segment (a label to group results by), "
					+ "answeredOn (yyyy-MM-dd) and, for a review, respondent (email). answeredOn as a part gives the "
					+ "day of rows without one. Rows that break an answer's rules are listed in rejected and left "
					+ "out; the others are stored and the campaign is recorded as held over their days. Columns "
					+ "that do not match answer 400 and store nothing; a campaign launched or recorded answers 409.")
	@PostMapping(path = "/campaigns/{id}/responses/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ResponseImport> importResponses(@PathVariable long id, @RequestPart("file") MultipartFile file,
			@RequestPart(name = "mapping", required = false) String mapping,
			@RequestPart(name = "answeredOn", required = false) String answeredOn,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) throws IOException {
		ResponseImport done = this.surveys.importResponses(id, Versions.ifMatch(ifMatch, null), file.getBytes(),
				ImportMappings.pairs(this.json, mapping), day(answeredOn));
		return ResponseEntity.status(HttpStatus.CREATED).eTag(Versions.etag(done.campaign().version())).body(done);
	}

	private static LocalDate day(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException("answeredOn", "error.survey.import.day-typed");
		}
	}

	@Operation(summary = "Read a mirror campaign beside its partners' view",
			description = "IT's rating of itself per service quality dimension against the partners' perceived "
					+ "rating in the latest closed service quality campaign over any of the same relationships, for "
					+ "the whole campaign and per relationship where both sides show under their anonymity rules. "
					+ "404 when the campaign is not a mirror survey or nothing compares with it.")
	@GetMapping("/campaigns/{id}/mirror")
	MirrorComparison mirror(@PathVariable long id) {
		return this.surveys.mirror(id).orElseThrow(() -> new NotFoundException("mirror", id));
	}

	/**
	 * Launches a prepared campaign. {@code If-Match} with its {@code ETag} makes the
	 * launch refuse when someone changed it meanwhile; a campaign launched already
	 * answers 409.
	 */
	@Operation(summary = "Launch a campaign: invite its audience and queue the emails",
			description = "One invitation per recipient and relationship; those without an email address are "
					+ "named in withoutEmail. A campaign launched already answers 409.")
	@PostMapping("/campaigns/{id}/launch")
	SurveyManagement.Launch launch(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		return this.surveys.launch(id, Versions.ifMatch(ifMatch, null));
	}

}
