package org.rapport.development.web;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.rapport.development.Competencies;
import org.rapport.development.CompetencyDraft;
import org.rapport.development.CompetencyImport;
import org.rapport.development.CompetencySummary;
import org.rapport.shared.web.Versions;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The competency framework over REST: read by everyone signed in, kept by those who steer
 * the portfolio, and exchanged as CSV.
 */
@RestController
@RequestMapping("/api/v1/competencies")
@Tag(name = "Development")
class CompetencyApiController {

	private final Competencies competencies;

	private final MessageSource messages;

	private final Clock clock;

	CompetencyApiController(Competencies competencies, MessageSource messages, Clock clock) {
		this.competencies = competencies;
		this.messages = messages;
		this.clock = clock;
	}

	@Operation(summary = "List the competency framework",
			description = "Every competency in its order, retired ones too, each with its indicators for levels 1 "
					+ "to 4.")
	@GetMapping
	List<CompetencySummary> framework() {
		return this.competencies.framework();
	}

	@Operation(summary = "Add a competency to the framework",
			description = "Body {\"name\", \"description\", \"levels\": [four indicators, level 1 first]}. For the "
					+ "head of relationship management and administrators. The key is made from the name; 400 names "
					+ "the field, 409 when a competency has that key already.")
	@PostMapping
	ResponseEntity<CompetencySummary> add(@RequestBody CompetencyDraft draft) {
		CompetencySummary added = this.competencies.add(draft);
		return ResponseEntity.created(URI.create("/api/v1/competencies/" + added.key()))
			.eTag(Versions.etag(added.version()))
			.body(added);
	}

	@Operation(summary = "Read a competency")
	@GetMapping("/{key}")
	ResponseEntity<CompetencySummary> competency(@PathVariable String key) {
		CompetencySummary competency = this.competencies.competency(key);
		return Versions.tagged(competency, competency.version());
	}

	@Operation(summary = "Change a competency",
			description = "Body as for adding, with \"active\": false to retire it or true to offer it again. Its key "
					+ "stays. If-Match with its ETag refuses a change over a stale version (412).")
	@PutMapping("/{key}")
	ResponseEntity<CompetencySummary> change(@PathVariable String key, @RequestBody CompetencyDraft draft,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		CompetencySummary changed = this.competencies.change(key, draft, Versions.ifMatch(ifMatch, null));
		return Versions.tagged(changed, changed.version());
	}

	@Operation(summary = "Export the framework as CSV",
			description = "Columns key, name, description, level_1 to level_4, active: the file an import takes.")
	@GetMapping(value = "/export", produces = "text/csv")
	void export(HttpServletResponse response) throws IOException {
		CompetencyCsv.write(response, this.competencies.framework(), LocalDate.now(this.clock));
	}

	@Operation(summary = "Import the framework from CSV",
			description = "Multipart file with the export's columns (key and active optional). Rows change the "
					+ "competency of their key, or add one. When a row is refused nothing is stored: 400 with the "
					+ "refused rows, each with its row number and why.")
	@PostMapping(value = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ImportResult> importCsv(@RequestParam(required = false) MultipartFile file, Locale locale)
			throws IOException {
		CompetencyImport imported = this.competencies.importCsv((file != null) ? file.getBytes() : new byte[0]);
		ImportResult result = new ImportResult(imported.stored(), imported.added(), imported.changed(),
				imported.unchanged(),
				imported.rejected()
					.stream()
					.map((rejection) -> new Rejected(rejection.row(),
							this.messages.getMessage(rejection.code(), rejection.messageArguments(), locale)))
					.toList());
		return imported.stored() ? ResponseEntity.ok(result) : ResponseEntity.badRequest().body(result);
	}

	record ImportResult(boolean stored, int added, int changed, int unchanged, List<Rejected> rejected) {
	}

	record Rejected(int row, String reason) {
	}

}
