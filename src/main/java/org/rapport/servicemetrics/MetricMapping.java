package org.rapport.servicemetrics;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.rapport.shared.InvalidInputException;

/**
 * Which column of a generic metric CSV each {@link MetricField} is read from.
 *
 * @param columns the header each field reads from
 */
record MetricMapping(Map<MetricField, String> columns) {

	MetricMapping {
		columns = Collections.unmodifiableMap(new EnumMap<>(columns));
	}

	/**
	 * A mapping from pairs of field keys and headers.
	 * @param base the pairs to start from, the format's defaults or its saved mapping
	 * @param changes the pairs that replace the base's; an optional field mapped to an
	 * empty header is no longer read
	 * @return the mapping
	 * @throws InvalidInputException naming {@code mapping} for an unknown field or a
	 * required field without a column
	 */
	static MetricMapping of(Map<String, String> base, Map<String, String> changes) {
		Map<String, String> pairs = new LinkedHashMap<>(base);
		pairs.putAll(changes);
		Map<MetricField, String> columns = new EnumMap<>(MetricField.class);
		for (Map.Entry<String, String> pair : pairs.entrySet()) {
			MetricField field = MetricField.ofKey(pair.getKey())
				.orElseThrow(() -> new InvalidInputException("mapping", "servicemetrics.mapping.unknown-metric-field",
						pair.getKey(), keys()));
			String value = (pair.getValue() != null) ? pair.getValue().strip() : "";
			if (!value.isEmpty()) {
				columns.put(field, value);
			}
		}
		for (MetricField field : MetricField.values()) {
			if (field.required() && !columns.containsKey(field)) {
				throw new InvalidInputException("mapping", "servicemetrics.mapping.needs", field.key());
			}
		}
		return new MetricMapping(columns);
	}

	/**
	 * The mapping for a file: optional columns the file lacks are not read, unless they
	 * were named for this import.
	 * @param headers the file's headers
	 * @param named the field keys named for this import
	 * @return the mapping without the columns the file lacks
	 * @throws InvalidInputException naming {@code mapping} for a named or required column
	 * the file lacks
	 */
	MetricMapping fit(List<String> headers, Set<String> named) {
		Map<MetricField, String> present = new EnumMap<>(MetricField.class);
		this.columns.forEach((field, column) -> {
			if (headers.contains(column)) {
				present.put(field, column);
			}
			else if (field.required() || named.contains(field.key())) {
				throw new InvalidInputException("mapping", "servicemetrics.mapping.no-column", column,
						String.join(", ", headers));
			}
		});
		return new MetricMapping(present);
	}

	/**
	 * The mapping as pairs, as it is saved and shown.
	 * @return field keys to headers
	 */
	Map<String, String> pairs() {
		Map<String, String> pairs = new LinkedHashMap<>();
		this.columns.forEach((field, column) -> pairs.put(field.key(), column));
		return pairs;
	}

	private static String keys() {
		return Arrays.stream(MetricField.values()).map(MetricField::key).collect(Collectors.joining(", "));
	}

}
