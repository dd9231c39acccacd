package org.rapport.servicemetrics;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.rapport.shared.InvalidInputException;

/**
 * Which column of an incident export each {@link IncidentField} is read from, and how the
 * export writes times and missing values.
 *
 * @param columns the header each field reads from
 * @param dateFormat a {@link DateTimeFormatter} pattern for times without a zone, or
 * {@code iso} for ISO times with or without an offset (those with one are kept in UTC)
 * @param resolvedStates the states in which an incident counts as resolved, for exports
 * without a resolved time
 * @param missing how the export writes a missing value besides an empty cell, may be
 * empty
 */
public record IncidentMapping(Map<IncidentField, String> columns, String dateFormat, Set<String> resolvedStates,
		String missing) {

	/** The setting naming the time pattern. */
	public static final String DATE_FORMAT = "dateFormat";

	/** The setting naming the resolved states, separated by {@code |}. */
	public static final String RESOLVED_STATES = "resolvedStates";

	/** The setting naming the missing-value marker. */
	public static final String MISSING = "missing";

	/** The {@link #dateFormat} of ISO times. */
	public static final String ISO = "iso";

	public IncidentMapping {
		columns = Collections.unmodifiableMap(new EnumMap<>(columns));
		resolvedStates = Collections.unmodifiableSet(new LinkedHashSet<>(resolvedStates));
	}

	/**
	 * A mapping from pairs: field keys to headers and the three settings.
	 * @param base the pairs to start from, a format's defaults or its saved mapping
	 * @param changes the pairs that replace the base's; a field mapped to an empty header
	 * is no longer read
	 * @return the mapping
	 * @throws InvalidInputException naming {@code mapping} for an unknown field or a
	 * pattern that is not one
	 */
	static IncidentMapping of(Map<String, String> base, Map<String, String> changes) {
		Map<String, String> pairs = new LinkedHashMap<>(base);
		pairs.putAll(changes);
		Map<IncidentField, String> columns = new EnumMap<>(IncidentField.class);
		String dateFormat = ISO;
		Set<String> resolved = new LinkedHashSet<>();
		String missing = "";
		for (Map.Entry<String, String> pair : pairs.entrySet()) {
			String value = (pair.getValue() != null) ? pair.getValue().strip() : "";
			switch (pair.getKey()) {
				case DATE_FORMAT -> dateFormat = value.isEmpty() ? ISO : value;
				case RESOLVED_STATES -> Arrays.stream(value.split("\\|"))
					.map(String::strip)
					.filter((state) -> !state.isEmpty())
					.forEach(resolved::add);
				case MISSING -> missing = value;
				default -> {
					IncidentField field = IncidentField.ofKey(pair.getKey())
						.orElseThrow(() -> new InvalidInputException("mapping", "servicemetrics.mapping.unknown-field",
								pair.getKey(), keys()));
					if (!value.isEmpty()) {
						columns.put(field, value);
					}
				}
			}
		}
		if (!dateFormat.equals(ISO)) {
			try {
				DateTimeFormatter.ofPattern(dateFormat, Locale.ROOT);
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException("mapping", "servicemetrics.mapping.bad-date-format", dateFormat);
			}
		}
		if (!columns.containsKey(IncidentField.NUMBER)) {
			throw new InvalidInputException("mapping", "servicemetrics.mapping.needs", IncidentField.NUMBER.key());
		}
		if (!columns.containsKey(IncidentField.OPENED_AT) && !columns.containsKey(IncidentField.EVENT_AT)) {
			throw new InvalidInputException("mapping", "servicemetrics.mapping.needs-time");
		}
		return new IncidentMapping(columns, dateFormat, resolved, missing);
	}

	/**
	 * The mapping for a file: columns the file lacks are not read, unless they were named
	 * for this import or are needed.
	 * @param headers the file's headers
	 * @param named the field keys named for this import
	 * @return the mapping without the columns the file lacks
	 * @throws InvalidInputException naming {@code mapping} for a named or needed column
	 * the file lacks
	 */
	IncidentMapping fit(List<String> headers, Set<String> named) {
		Map<IncidentField, String> present = new EnumMap<>(IncidentField.class);
		this.columns.forEach((field, column) -> {
			if (headers.contains(column)) {
				present.put(field, column);
			}
			else if (named.contains(field.key()) || field == IncidentField.NUMBER
					|| (field == IncidentField.OPENED_AT && !this.columns.containsKey(IncidentField.EVENT_AT))
					|| (field == IncidentField.EVENT_AT && !this.columns.containsKey(IncidentField.OPENED_AT))) {
				throw new InvalidInputException("mapping", "servicemetrics.mapping.no-column", column,
						String.join(", ", headers));
			}
		});
		return new IncidentMapping(present, this.dateFormat, this.resolvedStates, this.missing);
	}

	/**
	 * Checks that every mapped column is in the file's header row.
	 * @param headers the file's headers
	 * @throws InvalidInputException naming {@code mapping} for a column the file lacks
	 */
	void check(List<String> headers) {
		fit(headers, pairs().keySet());
	}

	/**
	 * The mapping as pairs, as it is saved and shown.
	 * @return field keys and settings to values
	 */
	Map<String, String> pairs() {
		Map<String, String> pairs = new LinkedHashMap<>();
		this.columns.forEach((field, column) -> pairs.put(field.key(), column));
		pairs.put(DATE_FORMAT, this.dateFormat);
		if (!this.resolvedStates.isEmpty()) {
			pairs.put(RESOLVED_STATES, String.join("|", this.resolvedStates));
		}
		if (!this.missing.isEmpty()) {
			pairs.put(MISSING, this.missing);
		}
		return pairs;
	}

	private static String keys() {
		return Arrays.stream(IncidentField.values()).map(IncidentField::key).collect(Collectors.joining(", ")) + ", "
				+ DATE_FORMAT + ", " + RESOLVED_STATES + ", " + MISSING;
	}

}
