package org.rapport.servicemetrics;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.rapport.shared.InvalidInputException;

/**
 * The files the service metrics import reads: incident exports of ITSM tools and the
 * generic metric CSV, each with the column mapping it starts from. A mapping given with
 * an import replaces the columns it names and is saved for the format's next import.
 */
public enum IncidentFormat {

	/**
	 * ServiceNow's incident export: one row per update with {@code sys_mod_count},
	 * {@code made_sla}, day/month/year times and {@code ?} for a missing value.
	 */
	SERVICENOW_INCIDENTS("servicenow-incidents", "servicenow",
			pairs("number", "number", "revision", "sys_mod_count", "state", "incident_state", "openedAt", "opened_at",
					"resolvedAt", "resolved_at", "closedAt", "closed_at", "madeSla", "made_sla", "reopenCount",
					"reopen_count", "reassignmentCount", "reassignment_count", "priority", "priority", "location",
					"location", "assignmentGroup", "assignment_group", "caller", "caller_id", "service", "cmdb_ci",
					"category", "category", IncidentMapping.DATE_FORMAT, "d/M/yyyy H:mm", IncidentMapping.MISSING,
					"?")),

	/**
	 * The BPI Challenge 2013 incident log (Volvo IT): one row per status change with an
	 * ISO time and offset, no SLA flag; an incident is resolved when its status becomes
	 * {@code Completed}.
	 */
	BPIC2013_INCIDENTS("bpic2013-incidents", "bpic2013",
			pairs("number", "SR Number", "eventAt", "Change Date+Time", "state", "Status", "priority",
					"SR Latest Impact", "location", "Owner Country", "assignmentGroup", "Involved ST", "service",
					"Product", IncidentMapping.DATE_FORMAT, IncidentMapping.ISO, IncidentMapping.RESOLVED_STATES,
					"Completed")),

	/**
	 * The generic metric CSV: a row per service, business unit and period with the
	 * availability and, where known, the incidents and the SLAs met; the fields are
	 * {@link MetricField}'s.
	 */
	GENERIC_METRICS("generic", "generic",
			pairs(MetricField.SERVICE.key(), "service", MetricField.BUSINESS_UNIT.key(), "businessUnit",
					MetricField.PERIOD.key(), "period", MetricField.AVAILABILITY.key(), "availability",
					MetricField.INCIDENTS.key(), "incidents", MetricField.SLA_MET.key(), "slaMet"));

	private final String key;

	private final String source;

	private final Map<String, String> defaults;

	IncidentFormat(String key, String source, Map<String, String> defaults) {
		this.key = key;
		this.source = source;
		this.defaults = defaults;
	}

	/**
	 * The format's name in the API and on the page.
	 * @return the key
	 */
	public String key() {
		return this.key;
	}

	/**
	 * Where the incidents come from: incident numbers are unique within a source.
	 * @return the source's name
	 */
	public String source() {
		return this.source;
	}

	/**
	 * Whether the format holds incidents, or else period metrics.
	 * @return {@code true} for an incident export
	 */
	public boolean readsIncidents() {
		return this != GENERIC_METRICS;
	}

	/**
	 * The mapping the format starts from.
	 * @return the mapping as pairs
	 */
	public Map<String, String> defaults() {
		return this.defaults;
	}

	/**
	 * The format of a name.
	 * @param key the format's name
	 * @return the format
	 * @throws InvalidInputException naming {@code format} for an unknown name
	 */
	public static IncidentFormat of(String key) {
		return Arrays.stream(values())
			.filter((format) -> format.key.equals((key != null) ? key.strip() : ""))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("format", "servicemetrics.format.unknown", String.valueOf(key),
					Arrays.stream(values()).map(IncidentFormat::key).toList().toString()));
	}

	private static Map<String, String> pairs(String... keysAndValues) {
		Map<String, String> pairs = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			pairs.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return java.util.Collections.unmodifiableMap(pairs);
	}

}
