package org.rapport.directory.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.rapport.directory.DirectoryImports;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.ImportField;
import org.rapport.shared.ImportRejection;
import org.rapport.directory.ImportReport;
import org.rapport.directory.ImportNote;
import org.rapport.shared.ImportStatus;
import org.rapport.directory.Leadership;
import org.rapport.directory.OrgUnitDraft;
import org.rapport.directory.OrgUnitSummary;
import org.rapport.directory.PersonDraft;
import org.rapport.directory.PersonSummary;
import org.rapport.directory.UnitKind;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.KeysetPage;
import org.rapport.shared.web.ImportMappings;
import org.rapport.shared.web.Versions;

import tools.jackson.databind.json.JsonMapper;

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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.multipart.MultipartFile;

/**
 * The directory over REST: organisation units, people, imports and the accountability
 * chain.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Directory")
class DirectoryApiController {

	private static final String MAPPING = "Form field: which header holds each field, as field=Header pairs "
			+ "separated by commas or new lines (name=Employee_Name,employeeId=EmpID) or as a JSON object; without "
			+ "it the mapping saved for the file's headers, or the one suggested from them, is used";

	private static final String IT_UNITS = "Form field: the names of the units in the file that are IT groups, "
			+ "separated by commas";

	private final DirectoryManagement directory;

	private final DirectoryImports imports;

	private final JsonMapper json;

	DirectoryApiController(DirectoryManagement directory, DirectoryImports imports, JsonMapper json) {
		this.directory = directory;
		this.imports = imports;
		this.json = json;
	}

	@Operation(summary = "List the units: business units, IT groups and vendors")
	@GetMapping("/org-units")
	KeysetPage<OrgUnitSummary> units(@RequestParam(required = false) UnitKind kind,
			@RequestParam(required = false) String q, @RequestParam(required = false) String after,
			@RequestParam(required = false) Integer size) {
		return this.directory.findUnits(kind, q, after, size);
	}

	@Operation(summary = "Read one unit")
	@GetMapping("/org-units/{id}")
	ResponseEntity<OrgUnitSummary> unit(@PathVariable long id) {
		OrgUnitSummary unit = this.directory.unit(id);
		return Versions.tagged(unit, unit.version());
	}

	@Operation(summary = "Create a unit")
	@PostMapping("/org-units")
	@ResponseStatus(HttpStatus.CREATED)
	OrgUnitSummary createUnit(@Valid @RequestBody OrgUnitDraft draft) {
		return this.directory.createUnit(draft);
	}

	@Operation(summary = "List or search the people in the directory")
	@GetMapping("/people")
	KeysetPage<PersonSummary> people(@RequestParam(required = false) Long unit,
			@RequestParam(required = false) String q, @RequestParam(required = false) String after,
			@RequestParam(required = false) Integer size) {
		return this.directory.findPeople(unit, q, after, size);
	}

	@Operation(summary = "Read one person")
	@GetMapping("/people/{id}")
	ResponseEntity<PersonSummary> person(@PathVariable long id) {
		PersonSummary person = this.directory.person(id);
		return Versions.tagged(person, person.version());
	}

	@Operation(summary = "Add a person")
	@PostMapping("/people")
	@ResponseStatus(HttpStatus.CREATED)
	PersonSummary createPerson(@Valid @RequestBody PersonDraft draft) {
		return this.directory.createPerson(draft);
	}

	/**
	 * Changes a person. {@code If-Match} with the person's {@code ETag} (or
	 * {@code version} in the body) makes the change refuse when someone changed them
	 * meanwhile.
	 */
	@Operation(summary = "Change a person")
	@PutMapping("/people/{id}")
	ResponseEntity<PersonSummary> updatePerson(@PathVariable long id, @Valid @RequestBody PersonDraft draft,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		PersonSummary person = this.directory.updatePerson(id, draft.over(Versions.ifMatch(ifMatch, draft.version())));
		return Versions.tagged(person, person.version());
	}

	/**
	 * Imports a CSV file of people and units at once. {@code mapping} is optional, as
	 * {@code field=Header} pairs separated by commas or new lines (for example
	 * {@code name=Employee_Name,employeeId=EmpID}); without it the mapping saved for the
	 * file's headers, or the one suggested from the header names, is used.
	 */
	@Operation(summary = "Import people and units from a CSV file")
	@PostMapping(path = "/people/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ImportResult importPeople(@Parameter(description = "The CSV file, UTF-8") @RequestPart("file") MultipartFile file,
			@Parameter(description = MAPPING) @RequestPart(name = "mapping", required = false) String mapping,
			@Parameter(description = IT_UNITS) @RequestPart(name = "itUnits", required = false) String itUnits)
			throws IOException {
		ImportReport report = this.imports.importNow(file.getOriginalFilename(), file.getBytes(), parseMapping(mapping),
				(itUnits != null) ? Arrays.stream(itUnits.split(","))
					.map(String::strip)
					.filter((unit) -> !unit.isEmpty())
					.collect(Collectors.toCollection(LinkedHashSet::new)) : null);
		if (report.status() == ImportStatus.FAILED) {
			throw new InvalidInputException("file", report.failureCode(), report.failureMessageArguments());
		}
		return new ImportResult(report.runId(), report.created(), report.updated(), report.unchanged(),
				report.rejected(), report.notes());
	}

	@Operation(summary = "Read the accountability chain: the CIO and the head of relationship management")
	@GetMapping("/leadership")
	Leadership leadership() {
		return this.directory.leadership();
	}

	Map<ImportField, String> parseMapping(String text) {
		Map<ImportField, String> mapping = new EnumMap<>(ImportField.class);
		if (text == null || text.isBlank()) {
			return mapping;
		}
		Map<String, String> pairs = ImportMappings.pairs(this.json, text);
		for (Map.Entry<String, String> pair : pairs.entrySet()) {
			try {
				mapping.put(ImportField.parse(pair.getKey()), pair.getValue());
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException("mapping", ex.getMessage() + "; fields are "
						+ Arrays.stream(ImportField.values()).map(Enum::name).collect(Collectors.joining(", ")));
			}
		}
		return mapping;
	}

	/**
	 * What an import did.
	 *
	 * @param runId the import run, to look it up in the UI
	 * @param created people created
	 * @param updated people changed
	 * @param unchanged people already up to date
	 * @param rejected rows not imported, with row number and reason
	 * @param notes what the import noticed in the data and did about it
	 */
	record ImportResult(long runId, int created, int updated, int unchanged, java.util.List<ImportRejection> rejected,
			java.util.List<ImportNote> notes) {
	}

}
