package org.rapport.servicemetrics.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rapport.servicemetrics.AttributionRule;
import org.rapport.servicemetrics.Grouping;
import org.rapport.servicemetrics.IncidentFigures;
import org.rapport.servicemetrics.IncidentFormat;
import org.rapport.servicemetrics.IncidentImports;
import org.rapport.servicemetrics.ImportRun;
import org.rapport.servicemetrics.PeriodMetric;
import org.rapport.servicemetrics.PeriodMetricSummary;
import org.rapport.servicemetrics.ServiceMetrics;
import org.rapport.shared.KeysetPage;
import org.rapport.shared.web.ImportMappings;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The technical side over REST: imports of incident exports and metric CSVs, the intake
 * of monitoring tools, incident and availability figures and the attribution rules.
 */
@RestController
@RequestMapping("/api/v1/service-metrics")
@Tag(name = "Service metrics")
class ServiceMetricsApiController {

	private final ServiceMetrics metrics;

	private final IncidentImports imports;

	private final JsonMapper json;

	ServiceMetricsApiController(ServiceMetrics metrics, IncidentImports imports, JsonMapper json) {
		this.metrics = metrics;
		this.imports = imports;
		this.json = json;
	}

	@Operation(summary = "Import an incident export or a generic metric CSV",
			description = "format is servicenow-incidents (ServiceNow's incident export), bpic2013-incidents (the "
					+ "BPI Challenge 2013 event log) or generic (a metric CSV: a row per service, business unit and "
					+ "period); the file may be CSV or a zip holding one. mapping names the columns that differ from "
					+ "the format's saved mapping, as a JSON object or field=Header lines. The fields of incident "
					+ "exports: number, revision, state, eventAt, openedAt, resolvedAt, closedAt, madeSla, "
					+ "reopenCount, reassignmentCount, priority, location, assignmentGroup, caller, service, "
					+ "category, and the settings dateFormat (a pattern such as d/M/yyyy H:mm, or iso), "
					+ "resolvedStates (separated by |) and missing (how a missing value is written). The fields of "
					+ "the generic CSV, read by default from columns of the same name: service, businessUnit (a "
					+ "business unit's name; one the directory lacks is kept and counted as not attributed), period "
					+ "(2026-03, 2026-Q1 or 2026-03-01..2026-03-31), availability (percent, 0 to 100), and the "
					+ "optional incidents (a whole number) and slaMet (percent). The mapping used is saved for the "
					+ "format's next import. Each incident keeps its final state, each service, business unit and "
					+ "period its latest figures; importing the same file again changes nothing. Rows that cannot "
					+ "be read are listed in rejected with their row number; a file or mapping that cannot be read "
					+ "answers 400 and changes nothing.")
	@PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ImportRun> importIncidents(
			@Parameter(description = "The export, CSV or zip") @RequestPart("file") MultipartFile file,
			@Parameter(
					description = "servicenow-incidents, bpic2013-incidents or generic") @RequestPart("format") String format,
			@Parameter(description = "Columns that differ from the format's mapping") @RequestPart(name = "mapping",
					required = false) String mapping)
			throws IOException {
		ImportRun run = this.imports.importNow(IncidentFormat.of(format), file.getOriginalFilename(), file.getBytes(),
				ImportMappings.pairs(this.json, mapping));
		return ResponseEntity.created(URI.create("/api/v1/service-metrics/imports/" + run.id())).body(run);
	}

	@Operation(summary = "Receive a service's availability for a business unit over a period",
			description = "For monitoring tools, signed in with an administrator's API token. The body is one "
					+ "object: service, the business unit as businessUnit (its name) or businessUnitId (not both), "
					+ "periodStart and periodEnd (yyyy-MM-dd, both included), availabilityPercent (0 to 100) and "
					+ "optionally incidents (a whole number) and slaMetPercent (0 to 100). The same rules check a "
					+ "row of the generic CSV. A name the directory lacks is kept and counted as not attributed "
					+ "(unitId is then null); an unknown businessUnitId answers 400. Answers 201 with the figures as "
					+ "kept when the service, unit and period are new, and 200 when they were known: sending the "
					+ "same period again replaces its figures (change UPDATED) or changes nothing (UNCHANGED).")
	@PostMapping(path = "/availability", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<PeriodMetricSummary> receiveAvailability(@RequestBody AvailabilityRequest request) {
		PeriodMetric metric = PeriodMetric.of(0, AvailabilityRequest::property, request.service(),
				request.businessUnit(), request.businessUnitId(), request.periodStart(), request.periodEnd(),
				request.availabilityPercent(), request.incidents(), request.slaMetPercent());
		PeriodMetricSummary kept = this.imports.receive(metric);
		return ResponseEntity.status((kept.change() == PeriodMetricSummary.Change.CREATED) ? 201 : 200).body(kept);
	}

	@Operation(summary = "Read an import run: its progress and, once finished, its report")
	@GetMapping("/imports/{id}")
	ImportRun importRun(@PathVariable long id) {
		return this.imports.run(id);
	}

	@Operation(summary = "Incident figures per business unit, location, assignment group, priority, service or period",
			description = "by is business_unit (the default), location, assignment_group, priority, service, month or "
					+ "quarter; from and to (yyyy-MM-dd, both included) limit the incidents to those opened in the "
					+ "period. slaMetPercent counts the incidents whose SLA outcome is known; resolution times count "
					+ "the resolved. A key of null groups the incidents without the value (for business units: those "
					+ "no rule attributes).")
	@GetMapping("/incidents/summary")
	List<IncidentFigures> summary(@RequestParam(required = false) String by,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return this.metrics.summary(Grouping.of(by), from, to);
	}

	@Operation(summary = "List the rules that attribute incidents to business units")
	@GetMapping("/attribution-rules")
	KeysetPage<AttributionRule> rules() {
		return new KeysetPage<>(this.metrics.rules(), null);
	}

	@Operation(summary = "Add a rule that attributes incidents to a business unit",
			description = "dimension is CALLER, LOCATION, ASSIGNMENT_GROUP or SERVICE; incidents whose value matches "
					+ "exactly belong to the unit. A caller's rule comes first, then the caller's unit in the "
					+ "directory (by employee id), then location, assignment group and service. A second rule for "
					+ "the same value answers 409.")
	@PostMapping("/attribution-rules")
	ResponseEntity<AttributionRule> addRule(@RequestBody RuleRequest rule) {
		AttributionRule added = this.metrics.addRule(rule.dimension(), rule.value(), rule.unitId());
		return ResponseEntity.created(URI.create("/api/v1/service-metrics/attribution-rules/" + added.id()))
			.body(added);
	}

	@Operation(summary = "Remove an attribution rule")
	@DeleteMapping("/attribution-rules/{id}")
	ResponseEntity<Void> removeRule(@PathVariable long id) {
		this.metrics.removeRule(id);
		return ResponseEntity.noContent().build();
	}

	/**
	 * A service's figures for a business unit over a period, as a monitoring tool sends
	 * them.
	 *
	 * @param service the service
	 * @param businessUnit the business unit's name
	 * @param businessUnitId the business unit's id, instead of its name
	 * @param periodStart the period's first day
	 * @param periodEnd its last day
	 * @param availabilityPercent the availability, 0 to 100
	 * @param incidents the incidents, may be {@code null}
	 * @param slaMetPercent the SLAs met, 0 to 100, may be {@code null}
	 */
	record AvailabilityRequest(String service, String businessUnit, Long businessUnitId, LocalDate periodStart,
			LocalDate periodEnd, BigDecimal availabilityPercent, Long incidents, BigDecimal slaMetPercent) {

		/** The property of the body that carries a value of {@link PeriodMetric#of}. */
		static String property(String key) {
			return switch (key) {
				case "availability" -> "availabilityPercent";
				case "slaMet" -> "slaMetPercent";
				default -> key;
			};
		}

	}

	/**
	 * A rule to add.
	 *
	 * @param dimension what it matches
	 * @param value the value it matches
	 * @param unitId the business unit
	 */
	record RuleRequest(AttributionRule.Dimension dimension, String value, Long unitId) {
	}

}
