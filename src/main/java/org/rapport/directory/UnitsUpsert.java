package org.rapport.directory;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Finds the units the rows of an import name, by their trimmed name in any case, and
 * creates the missing ones: of the kind the file gives, else as an IT group when the
 * administrator ticked it, else as a business unit.
 */
@Component
class UnitsUpsert {

	static final int MAX_NAMED = 25;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	UnitsUpsert(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The units of the rows by name key, created where missing.
	 * @param rows the rows to import
	 * @param itUnits names of new units to create as IT groups
	 * @param report where notes on trimmed names and created units go
	 * @return each unit's id and kind by its name key
	 */
	Map<String, UnitRef> upsert(List<ImportRow> rows, Set<String> itUnits, ImportReportBuilder report) {
		Map<String, ImportRow> firstRow = new LinkedHashMap<>();
		for (ImportRow row : rows) {
			String key = row.unitKey();
			if (key != null) {
				firstRow.putIfAbsent(key, row);
			}
		}
		noteTrimmed(rows, report);
		Map<String, UnitRef> ids = new HashMap<>();
		if (firstRow.isEmpty()) {
			return ids;
		}
		this.jdbc.query("select id, name_key, kind from directory_org_unit where name_key in (:keys)",
				new MapSqlParameterSource("keys", firstRow.keySet()), (rs) -> {
					ids.put(rs.getString("name_key"),
							new UnitRef(rs.getLong("id"), UnitKind.valueOf(rs.getString("kind"))));
				});
		Set<String> itKeys = itUnits.stream().map(Names::key).collect(Collectors.toSet());
		Map<UnitKind, List<String>> created = new EnumMap<>(UnitKind.class);
		for (Map.Entry<String, ImportRow> entry : firstRow.entrySet()) {
			if (ids.containsKey(entry.getKey())) {
				continue;
			}
			String name = Names.clean(entry.getValue().unitText());
			UnitKind kind = entry.getValue().unitKind();
			if (kind == null) {
				kind = itKeys.contains(entry.getKey()) ? UnitKind.IT_GROUP : UnitKind.BUSINESS_UNIT;
			}
			ids.put(entry.getKey(), new UnitRef(insert(name, entry.getKey(), kind), kind));
			created.computeIfAbsent(kind, (k) -> new ArrayList<>()).add(name);
			report.unitCreated();
		}
		created.forEach((kind, names) -> report.note("UNITS_CREATED", "directory.import.note.units-created." + kind,
				names.size(), String.join(", ", names.subList(0, Math.min(MAX_NAMED, names.size()))),
				Math.max(0, names.size() - MAX_NAMED)));
		return ids;
	}

	// Units are few (tens in a file of thousands of people), so they are written one by
	// one for their generated ids.
	private long insert(String name, String key, UnitKind kind) {
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("name", name)
			.addValue("key", key)
			.addValue("kind", kind.name())
			.addValue("at", Timestamp.valueOf(LocalDateTime.now(this.clock)));
		KeyHolder generated = new GeneratedKeyHolder();
		this.jdbc.update("insert into directory_org_unit (name, name_key, kind, created_at) "
				+ "values (:name, :key, :kind, :at)", params, generated, new String[] { "id" });
		return generated.getKey().longValue();
	}

	private static void noteTrimmed(List<ImportRow> rows, ImportReportBuilder report) {
		Map<String, Set<String>> spellings = new TreeMap<>();
		Map<String, Integer> trimmedRows = new HashMap<>();
		for (ImportRow row : rows) {
			String name = Names.blankToNull(row.unitText());
			if (name != null && !name.equals(row.unitText())) {
				spellings.computeIfAbsent(name, (k) -> new TreeSet<>()).add(row.unitText());
				trimmedRows.merge(name, 1, Integer::sum);
			}
		}
		spellings.forEach((name, raw) -> report.note("TRIMMED", "directory.import.note.trimmed", name,
				raw.stream().map((spelling) -> "\"" + spelling + "\"").collect(Collectors.joining(", ")),
				trimmedRows.get(name)));
	}

	/**
	 * A unit an import puts people in.
	 *
	 * @param id the unit
	 * @param kind its kind, which tells whether its people are in IT
	 */
	record UnitRef(long id, UnitKind kind) {
	}

}
