package org.rapport.directory;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.Text;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Imports people and units from a parsed file in one pass: rows are checked, units
 * created, people inserted or updated in batches, and managers resolved once every row is
 * in, by employee id, email or name. Runs inside the caller's transaction, so a failure
 * leaves nothing behind.
 */
@Component
class PersonImporter {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final Logger logger = LoggerFactory.getLogger(PersonImporter.class);

	private static final int BATCH = 500;

	private static final int MAX_NAMED_NOTES = 25;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	PersonImporter(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Outcome run(CsvFile file, Map<ImportField, String> mapping, Set<String> itUnits, IntConsumer progress) {
		long started = System.nanoTime();
		Outcome outcome = new Outcome();
		Columns columns = new Columns(file.headers(), mapping);
		List<Row> rows = readRows(file, columns, outcome);
		progress.accept(rows.size() / 4);
		long read = System.nanoTime();
		Map<String, UnitRef> unitIds = resolveUnits(rows, columns, itUnits, outcome);
		long units = System.nanoTime();
		Map<Row, Long> ids = upsertPeople(rows, columns, unitIds, outcome,
				(done) -> progress.accept(rows.size() / 4 + done / 2));
		long people = System.nanoTime();
		resolveManagers(rows, columns, ids, outcome);
		progress.accept(file.records().size());
		logger.debug("Imported {} rows: read {} ms, units {} ms, people {} ms, managers {} ms", rows.size(),
				(read - started) / 1_000_000, (units - read) / 1_000_000, (people - units) / 1_000_000,
				(System.nanoTime() - people) / 1_000_000);
		outcome.rejected.sort((a, b) -> Integer.compare(a.row(), b.row()));
		return outcome;
	}

	private List<Row> readRows(CsvFile file, Columns columns, Outcome outcome) {
		List<Row> rows = new ArrayList<>();
		Map<String, Integer> employeeIds = new HashMap<>();
		Map<String, Integer> emails = new HashMap<>();
		for (CSVRecord record : file.records()) {
			int rowNo = CsvFile.rowNumber(record);
			if (record.size() != file.headers().size()) {
				outcome.reject(rowNo, "has " + record.size() + " values where the header has " + file.headers().size());
				continue;
			}
			if (record.stream().anyMatch((cell) -> Text.hasControl(cell, true))) {
				outcome.reject(rowNo, "holds a control character, such as NUL, that text cannot hold");
				continue;
			}
			Row row = new Row(rowNo, Names.blankToNull(columns.value(record, ImportField.NAME)),
					Names.blankToNull(columns.value(record, ImportField.EMPLOYEE_ID)),
					Names.blankToNull(columns.value(record, ImportField.EMAIL)),
					Names.blankToNull(columns.value(record, ImportField.TITLE)),
					columns.value(record, ImportField.UNIT), columns.value(record, ImportField.UNIT_KIND),
					columns.value(record, ImportField.IN_IT),
					Names.blankToNull(columns.value(record, ImportField.MANAGER_EMPLOYEE_ID)),
					Names.blankToNull(columns.value(record, ImportField.MANAGER_EMAIL)),
					Names.blankToNull(columns.value(record, ImportField.MANAGER_NAME)));
			String problem = problemOf(row, columns);
			if (problem == null && row.employeeId != null && employeeIds.containsKey(row.employeeId)) {
				problem = "employee id " + row.employeeId + " already appears on row "
						+ employeeIds.get(row.employeeId);
			}
			String emailKey = Names.emailKey(row.email);
			if (problem == null && emailKey != null && emails.containsKey(emailKey)) {
				problem = "email " + row.email + " already appears on row " + emails.get(emailKey);
			}
			if (problem != null) {
				outcome.reject(rowNo, problem);
				continue;
			}
			if (row.employeeId != null) {
				employeeIds.put(row.employeeId, rowNo);
			}
			if (emailKey != null) {
				emails.put(emailKey, rowNo);
			}
			rows.add(row);
		}
		return rows;
	}

	private static String problemOf(Row row, Columns columns) {
		if (row.name == null) {
			return "has no name in column " + columns.header(ImportField.NAME);
		}
		if (row.employeeId == null && row.email == null) {
			return "has neither an employee id nor an email, so it cannot be matched on a later import";
		}
		if (row.name.length() > 200 || (row.title != null && row.title.length() > 200)
				|| (row.employeeId != null && row.employeeId.length() > 64)) {
			return "has a value longer than the directory keeps (name and title 200, employee id 64 characters)";
		}
		if (row.email != null && (row.email.length() > 320 || !EMAIL.matcher(row.email).matches())) {
			return "email \"" + row.email + "\" is not an email address";
		}
		if (row.unitKind() == null && row.unitKindText != null && !row.unitKindText.isBlank()) {
			return "unit kind \"" + row.unitKindText.strip() + "\" is not one of business unit, IT group, vendor";
		}
		if (columns.has(ImportField.IN_IT) && row.inIt() == null) {
			return "in IT \"" + row.inItText + "\" is neither yes nor no";
		}
		String unit = Names.clean(row.unitText);
		if (unit != null && unit.length() > 200) {
			return "unit name is longer than 200 characters";
		}
		try {
			Names.check("name", row.name);
			Names.check("unit", unit);
			Names.check("managerName", row.managerName);
		}
		catch (InvalidInputException ex) {
			return switch (ex.getCode()) {
				case "text.bidi" -> "a name holds characters that change the direction of the text";
				case "text.invisible" -> "a name is made only of invisible characters";
				case "text.key-too-long" -> "a name is longer than the directory keeps once written in small letters";
				default -> "a name holds a control character";
			};
		}
		return null;
	}

	private Map<String, UnitRef> resolveUnits(List<Row> rows, Columns columns, Set<String> itUnits, Outcome outcome) {
		Map<String, UnitRef> ids = new HashMap<>();
		if (!columns.has(ImportField.UNIT)) {
			return ids;
		}
		Map<String, Set<String>> spellings = new TreeMap<>();
		Map<String, Integer> trimmedRows = new HashMap<>();
		Map<String, Row> firstRow = new LinkedHashMap<>();
		Set<String> itKeys = itUnits.stream().map(Names::key).collect(Collectors.toSet());
		for (Row row : rows) {
			String name = Names.blankToNull(row.unitText);
			if (name == null) {
				continue;
			}
			firstRow.putIfAbsent(Names.key(name), row);
			if (!name.equals(row.unitText)) {
				spellings.computeIfAbsent(name, (k) -> new TreeSet<>()).add(row.unitText);
				trimmedRows.merge(name, 1, Integer::sum);
			}
		}
		spellings.forEach((name, raw) -> outcome.note("TRIMMED",
				"Unit \"" + name + "\" was written with extra spaces ("
						+ raw.stream().map((spelling) -> "\"" + spelling + "\"").collect(Collectors.joining(", "))
						+ ") in " + trimmedRows.get(name) + " rows; Rapport trimmed the name and keeps one unit."));
		if (firstRow.isEmpty()) {
			return ids;
		}
		MapSqlParameterSource keys = new MapSqlParameterSource("keys", firstRow.keySet());
		this.jdbc.query("select id, name_key, kind from directory_org_unit where name_key in (:keys)", keys, (rs) -> {
			ids.put(rs.getString("name_key"), new UnitRef(rs.getLong("id"), UnitKind.valueOf(rs.getString("kind"))));
		});
		List<String> created = new ArrayList<>();
		for (Map.Entry<String, Row> entry : firstRow.entrySet()) {
			if (ids.containsKey(entry.getKey())) {
				continue;
			}
			String name = Names.clean(entry.getValue().unitText);
			UnitKind kind = entry.getValue().unitKind();
			if (kind == null) {
				kind = itKeys.contains(entry.getKey()) ? UnitKind.IT_GROUP : UnitKind.BUSINESS_UNIT;
			}
			MapSqlParameterSource params = new MapSqlParameterSource().addValue("name", name)
				.addValue("key", entry.getKey())
				.addValue("kind", kind.name())
				.addValue("at", Timestamp.valueOf(LocalDateTime.now(this.clock)));
			KeyHolder key = new GeneratedKeyHolder();
			this.jdbc.update("insert into directory_org_unit (name, name_key, kind, created_at) "
					+ "values (:name, :key, :kind, :at)", params, key, new String[] { "id" });
			ids.put(entry.getKey(), new UnitRef(key.getKey().longValue(), kind));
			created.add(name + " (" + label(kind) + ")");
			outcome.unitsCreated++;
		}
		if (!created.isEmpty()) {
			outcome.note("UNITS_CREATED", "Created " + created.size() + " unit" + (created.size() == 1 ? "" : "s")
					+ ": " + abbreviate(created) + ".");
		}
		return ids;
	}

	private Map<Row, Long> upsertPeople(List<Row> rows, Columns columns, Map<String, UnitRef> units, Outcome outcome,
			IntConsumer progress) {
		Map<String, Existing> byEmployeeId = new HashMap<>();
		Map<String, Existing> byEmail = new HashMap<>();
		loadExisting(rows, byEmployeeId, byEmail);
		Set<Long> holders = new HashSet<>(
				this.jdbc.queryForList("select person_id from directory_position", Map.of(), Long.class));
		Map<Row, Long> ids = new LinkedHashMap<>();
		List<SqlParameterSource> inserts = new ArrayList<>();
		List<Row> inserted = new ArrayList<>();
		List<SqlParameterSource> updates = new ArrayList<>();
		Timestamp now = Timestamp.valueOf(LocalDateTime.now(this.clock));
		int done = 0;
		for (Row row : rows) {
			Existing byId = (row.employeeId != null) ? byEmployeeId.get(row.employeeId) : null;
			Existing byMail = (row.email != null) ? byEmail.get(Names.emailKey(row.email)) : null;
			if (byId != null && byMail != null && byId.id != byMail.id) {
				outcome.reject(row.rowNo, "email " + row.email + " belongs to " + byMail.name
						+ ", not to the person with employee id " + row.employeeId);
				continue;
			}
			Existing existing = (byId != null) ? byId : byMail;
			if (existing != null && byId == null && existing.employeeId != null && row.employeeId != null) {
				outcome.reject(row.rowNo, "email " + row.email + " belongs to " + existing.name
						+ ", who has employee id " + existing.employeeId + ", not " + row.employeeId);
				continue;
			}
			UnitRef unit = columns.has(ImportField.UNIT) ? units.get(keyOrNull(row.unitText)) : null;
			Long unitId = columns.has(ImportField.UNIT) ? ((unit != null) ? unit.id() : null)
					: (existing != null ? existing.unitId : null);
			boolean inIt = inItOf(row, columns, unit, existing);
			if (existing != null && holders.contains(existing.id) && !inIt) {
				outcome.note("ACCOUNTABILITY", "Row " + row.rowNo + ": " + existing.name + " holds a position in the "
						+ "accountability chain and stays in IT.");
				inIt = true;
			}
			String email = (row.email != null) ? row.email : (existing != null ? existing.email : null);
			String employeeId = (row.employeeId != null) ? row.employeeId
					: (existing != null ? existing.employeeId : null);
			String title = columns.has(ImportField.TITLE) ? row.title : (existing != null ? existing.title : null);
			MapSqlParameterSource params = new MapSqlParameterSource().addValue("name", row.name)
				.addValue("nameKey", Names.key(row.name))
				.addValue("employeeId", employeeId)
				.addValue("email", email)
				.addValue("emailKey", Names.emailKey(email))
				.addValue("title", title)
				.addValue("unitId", unitId)
				.addValue("inIt", inIt)
				.addValue("at", now);
			if (existing == null) {
				inserts.add(params);
				inserted.add(row);
			}
			else {
				ids.put(row, existing.id);
				boolean same = existing.name.equals(row.name) && Objects.equals(existing.employeeId, employeeId)
						&& Objects.equals(existing.email, email) && Objects.equals(existing.title, title)
						&& Objects.equals(existing.unitId, unitId) && existing.inIt == inIt;
				if (!same) {
					updates.add(params.addValue("id", existing.id));
					outcome.updatedIds.add(existing.id);
				}
			}
			if (++done % BATCH == 0) {
				flush(inserts, inserted, updates, ids, outcome);
				progress.accept(done);
			}
		}
		flush(inserts, inserted, updates, ids, outcome);
		return ids;
	}

	private void flush(List<SqlParameterSource> inserts, List<Row> inserted, List<SqlParameterSource> updates,
			Map<Row, Long> ids, Outcome outcome) {
		if (!inserts.isEmpty()) {
			KeyHolder keys = new GeneratedKeyHolder();
			this.jdbc.batchUpdate("""
					insert into directory_person
					  (name, name_key, employee_id, email, email_key, title, unit_id, in_it, created_at, updated_at)
					values (:name, :nameKey, :employeeId, :email, :emailKey, :title, :unitId, :inIt, :at, :at)
					""", inserts.toArray(SqlParameterSource[]::new), keys, new String[] { "id" });
			// The keys come back in the order of the batch, one per inserted row.
			List<Map<String, Object>> generated = keys.getKeyList();
			for (int i = 0; i < inserted.size(); i++) {
				long id = ((Number) generated.get(i).values().iterator().next()).longValue();
				ids.put(inserted.get(i), id);
				outcome.createdIds.add(id);
			}
			inserts.clear();
			inserted.clear();
		}
		if (!updates.isEmpty()) {
			this.jdbc.batchUpdate("""
					update directory_person set name = :name, name_key = :nameKey, employee_id = :employeeId,
					  email = :email, email_key = :emailKey, title = :title, unit_id = :unitId, in_it = :inIt,
					  updated_at = :at, version = version + 1
					where id = :id
					""", updates.toArray(SqlParameterSource[]::new));
			updates.clear();
		}
	}

	private void loadExisting(List<Row> rows, Map<String, Existing> byEmployeeId, Map<String, Existing> byEmail) {
		List<String> employeeIds = rows.stream().map(Row::employeeId).filter(Objects::nonNull).toList();
		List<String> emails = rows.stream().map((row) -> Names.emailKey(row.email)).filter(Objects::nonNull).toList();
		String select = "select id, name, employee_id, email, email_key, title, unit_id, manager_id, in_it "
				+ "from directory_person where ";
		for (List<String> chunk : chunks(employeeIds)) {
			this.jdbc.query(select + "employee_id in (:keys)", Map.of("keys", chunk), (rs) -> {
				Existing existing = Existing.of(rs);
				byEmployeeId.put(existing.employeeId, existing);
			});
		}
		for (List<String> chunk : chunks(emails)) {
			this.jdbc.query(select + "email_key in (:keys)", Map.of("keys", chunk), (rs) -> {
				Existing existing = Existing.of(rs);
				byEmail.put(Names.emailKey(existing.email), existing);
			});
		}
	}

	private void resolveManagers(List<Row> rows, Columns columns, Map<Row, Long> ids, Outcome outcome) {
		if (!columns.has(ImportField.MANAGER_EMPLOYEE_ID) && !columns.has(ImportField.MANAGER_EMAIL)
				&& !columns.has(ImportField.MANAGER_NAME)) {
			countUnchanged(ids, outcome);
			return;
		}
		Directory directory = Directory.load(this.jdbc);
		Map<Long, Long> managers = new HashMap<>(directory.managerOf);
		Map<Long, Row> changed = new LinkedHashMap<>();
		Map<String, Set<String>> idsByManagerName = new TreeMap<>();
		Map<String, Integer> blankIdRows = new TreeMap<>();
		Map<String, Integer> notFound = new TreeMap<>();
		Set<String> unmatchedManagerIds = new TreeSet<>();
		int matchedById = 0;
		int matchedByName = 0;
		Long cio = directory.positions.get("CIO");
		Long head = directory.positions.get("HEAD_OF_RELATIONSHIP_MANAGEMENT");
		for (Map.Entry<Row, Long> entry : ids.entrySet()) {
			Row row = entry.getKey();
			long personId = entry.getValue();
			if (row.managerName != null && columns.has(ImportField.MANAGER_EMPLOYEE_ID)) {
				if (row.managerEmployeeId == null) {
					blankIdRows.merge(Names.clean(row.managerName), 1, Integer::sum);
				}
				else {
					idsByManagerName.computeIfAbsent(Names.clean(row.managerName), (k) -> new TreeSet<>())
						.add(row.managerEmployeeId);
				}
			}
			Long managerId = null;
			if (row.managerEmployeeId != null) {
				managerId = directory.byEmployeeId.get(row.managerEmployeeId);
				if (managerId == null) {
					unmatchedManagerIds.add(row.managerEmployeeId);
				}
				else {
					matchedById++;
				}
			}
			if (managerId == null && row.managerEmail != null) {
				managerId = directory.byEmail.get(Names.emailKey(row.managerEmail));
			}
			if (managerId == null && row.managerName != null) {
				List<Long> candidates = directory.byTokens.getOrDefault(Names.personTokens(row.managerName), List.of());
				if (candidates.size() == 1) {
					managerId = candidates.get(0);
					matchedByName++;
				}
				else if (candidates.size() > 1) {
					outcome.note("AMBIGUOUS_MANAGER", "Row " + row.rowNo + ": the manager \"" + row.managerName
							+ "\" matches " + candidates.size() + " people; the manager was left as it was.");
					continue;
				}
			}
			if (managerId == null) {
				if (row.managerEmployeeId != null || row.managerEmail != null || row.managerName != null) {
					notFound.merge(describeManager(row), 1, Integer::sum);
				}
				continue;
			}
			if (managerId == personId) {
				outcome.note("SELF_MANAGER", "Row " + row.rowNo + " names " + row.name
						+ " as their own manager; the manager was left as it was.");
				continue;
			}
			if (!Position.mayReportTo(cio, head, personId, managerId)) {
				outcome.note("ACCOUNTABILITY", "Row " + row.rowNo + ": " + row.name + " is the head of relationship "
						+ "management and must report directly to the CIO; the manager was left as the CIO.");
				continue;
			}
			if (!managerId.equals(managers.get(personId))) {
				Long before = managers.put(personId, managerId);
				if (loops(managers, personId)) {
					managers.put(personId, before);
					outcome.note("MANAGER_LOOP",
							"Row " + row.rowNo + ": making " + row.name + " report to " + directory.names.get(managerId)
									+ " would make a loop of managers; the manager was left as it was.");
					continue;
				}
				changed.put(personId, row);
			}
		}
		List<SqlParameterSource> updates = changed.keySet()
			.stream()
			.map((id) -> (SqlParameterSource) new MapSqlParameterSource("id", id).addValue("manager", managers.get(id))
				.addValue("at", Timestamp.valueOf(LocalDateTime.now(this.clock))))
			.toList();
		for (int from = 0; from < updates.size(); from += BATCH) {
			this.jdbc.batchUpdate(
					"update directory_person set manager_id = :manager, updated_at = :at, version = version + 1 where id = :id",
					updates.subList(from, Math.min(updates.size(), from + BATCH)).toArray(SqlParameterSource[]::new));
		}
		outcome.updatedIds.addAll(changed.keySet());
		noteManagerTraps(columns, outcome, idsByManagerName, blankIdRows, notFound, unmatchedManagerIds, matchedById,
				matchedByName);
		countUnchanged(ids, outcome);
	}

	private static void countUnchanged(Map<Row, Long> ids, Outcome outcome) {
		Set<Long> all = new HashSet<>(ids.values());
		outcome.created = (int) all.stream().filter(outcome.createdIds::contains).count();
		outcome.updated = (int) all.stream()
			.filter((id) -> !outcome.createdIds.contains(id) && outcome.updatedIds.contains(id))
			.count();
		outcome.unchanged = all.size() - outcome.created - outcome.updated;
	}

	private static void noteManagerTraps(Columns columns, Outcome outcome, Map<String, Set<String>> idsByManagerName,
			Map<String, Integer> blankIdRows, Map<String, Integer> notFound, Set<String> unmatchedManagerIds,
			int matchedById, int matchedByName) {
		String idColumn = columns.header(ImportField.MANAGER_EMPLOYEE_ID);
		idsByManagerName.forEach((name, managerIds) -> {
			if (managerIds.size() > 1) {
				outcome.note("MANAGER_TWO_IDS",
						"Manager \"" + name + "\" is given " + managerIds.size() + " different ids in column "
								+ idColumn + " (" + String.join(", ", managerIds)
								+ "); Rapport treats them as one manager, matched by name.");
			}
		});
		blankIdRows.forEach((name, count) -> outcome.note("MANAGER_BLANK_ID",
				count + " row" + (count == 1 ? "" : "s") + " name the manager \"" + name + "\" but leave " + idColumn
						+ " blank; Rapport looked the manager up by name."));
		if (!unmatchedManagerIds.isEmpty() && matchedById == 0 && columns.has(ImportField.MANAGER_NAME)) {
			outcome.note("MANAGER_IDS_UNMATCHED", "No value in column " + idColumn + " (" + unmatchedManagerIds.size()
					+ " different ids) is the employee id of anyone in the directory, so managers were matched by "
					+ "name instead (" + matchedByName + " rows).");
		}
		int named = 0;
		for (Map.Entry<String, Integer> entry : notFound.entrySet()) {
			if (named++ == MAX_NAMED_NOTES) {
				outcome.note("MANAGER_NOT_FOUND",
						(notFound.size() - MAX_NAMED_NOTES) + " more managers are not in the " + "directory.");
				break;
			}
			outcome.note("MANAGER_NOT_FOUND",
					"Manager " + entry.getKey() + " is not in the directory: " + entry.getValue() + " "
							+ (entry.getValue() == 1 ? "person keeps" : "people keep")
							+ " no manager (or the one recorded before). Import the manager, or set it by hand.");
		}
	}

	private static String describeManager(Row row) {
		if (row.managerName != null) {
			return "\"" + Names.clean(row.managerName) + "\"";
		}
		return (row.managerEmail != null) ? row.managerEmail : "with employee id " + row.managerEmployeeId;
	}

	private static boolean loops(Map<Long, Long> managers, long start) {
		Set<Long> seen = new HashSet<>();
		Long next = managers.get(start);
		while (next != null) {
			if (next == start || !seen.add(next)) {
				return true;
			}
			next = managers.get(next);
		}
		return false;
	}

	private static boolean inItOf(Row row, Columns columns, UnitRef unit, Existing existing) {
		if (columns.has(ImportField.IN_IT) && row.inIt() != null) {
			return row.inIt();
		}
		if (unit != null) {
			return unit.kind() == UnitKind.IT_GROUP;
		}
		return existing != null && existing.inIt;
	}

	private static String label(UnitKind kind) {
		return switch (kind) {
			case BUSINESS_UNIT -> "business unit";
			case IT_GROUP -> "IT group";
			case VENDOR -> "vendor";
		};
	}

	private static String keyOrNull(String unit) {
		String name = Names.blankToNull(unit);
		return (name != null) ? Names.key(name) : null;
	}

	private static String abbreviate(List<String> names) {
		if (names.size() <= MAX_NAMED_NOTES) {
			return String.join(", ", names);
		}
		return String.join(", ", names.subList(0, MAX_NAMED_NOTES)) + " and " + (names.size() - MAX_NAMED_NOTES)
				+ " more";
	}

	private static <T> List<List<T>> chunks(List<T> values) {
		List<List<T>> chunks = new ArrayList<>();
		for (int from = 0; from < values.size(); from += 1000) {
			chunks.add(values.subList(from, Math.min(values.size(), from + 1000)));
		}
		return chunks;
	}

	/**
	 * What an import produced.
	 */
	static final class Outcome {

		int created;

		int updated;

		int unchanged;

		int unitsCreated;

		final Set<Long> createdIds = new HashSet<>();

		final Set<Long> updatedIds = new HashSet<>();

		final List<ImportRejection> rejected = new ArrayList<>();

		final List<ImportNote> notes = new ArrayList<>();

		void reject(int row, String reason) {
			this.rejected.add(new ImportRejection(row, "Row " + row + " " + reason + "."));
		}

		void note(String topic, String message) {
			this.notes.add(new ImportNote(topic, message));
		}

	}

	/**
	 * Which header each mapped field reads from.
	 */
	private static final class Columns {

		private final Map<ImportField, Integer> index = new LinkedHashMap<>();

		private final Map<ImportField, String> headers;

		Columns(List<String> fileHeaders, Map<ImportField, String> mapping) {
			this.headers = mapping;
			mapping.forEach((field, header) -> {
				int at = fileHeaders.indexOf(header);
				if (at >= 0) {
					this.index.put(field, at);
				}
			});
		}

		boolean has(ImportField field) {
			return this.index.containsKey(field);
		}

		String header(ImportField field) {
			return this.headers.get(field);
		}

		String value(CSVRecord record, ImportField field) {
			Integer at = this.index.get(field);
			return (at != null && at < record.size()) ? record.get(at) : null;
		}

	}

	private record Row(int rowNo, String name, String employeeId, String email, String title, String unitText,
			String unitKindText, String inItText, String managerEmployeeId, String managerEmail, String managerName) {

		UnitKind unitKind() {
			if (this.unitKindText == null) {
				return null;
			}
			return switch (ImportField.normalise(this.unitKindText)) {
				case "businessunit", "business", "bu" -> UnitKind.BUSINESS_UNIT;
				case "itgroup", "it" -> UnitKind.IT_GROUP;
				case "vendor", "supplier" -> UnitKind.VENDOR;
				default -> null;
			};
		}

		Boolean inIt() {
			if (this.inItText == null) {
				return null;
			}
			return switch (this.inItText.strip().toLowerCase(Locale.ROOT)) {
				case "yes", "y", "true", "1", "x" -> true;
				case "no", "n", "false", "0", "" -> false;
				default -> null;
			};
		}

		@Override
		public boolean equals(Object other) {
			return this == other;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(this);
		}

	}

	private record UnitRef(long id, UnitKind kind) {
	}

	private record Existing(long id, String name, String employeeId, String email, String title, Long unitId,
			boolean inIt) {

		static Existing of(java.sql.ResultSet rs) throws java.sql.SQLException {
			long unit = rs.getLong("unit_id");
			Long unitId = rs.wasNull() ? null : unit;
			return new Existing(rs.getLong("id"), rs.getString("name"), rs.getString("employee_id"),
					rs.getString("email"), rs.getString("title"), unitId, rs.getBoolean("in_it"));
		}

	}

	/**
	 * Everyone in the directory, indexed for finding managers.
	 */
	private static final class Directory {

		final Map<String, Long> byEmployeeId = new HashMap<>();

		final Map<String, Long> byEmail = new HashMap<>();

		final Map<Set<String>, List<Long>> byTokens = new HashMap<>();

		final Map<Long, Long> managerOf = new HashMap<>();

		final Map<Long, String> names = new HashMap<>();

		final Map<String, Long> positions = new HashMap<>();

		static Directory load(NamedParameterJdbcTemplate jdbc) {
			Directory directory = new Directory();
			jdbc.query("select id, name, employee_id, email_key, manager_id from directory_person", (rs) -> {
				long id = rs.getLong("id");
				String employeeId = rs.getString("employee_id");
				String email = rs.getString("email_key");
				long manager = rs.getLong("manager_id");
				if (!rs.wasNull()) {
					directory.managerOf.put(id, manager);
				}
				if (employeeId != null) {
					directory.byEmployeeId.put(employeeId, id);
				}
				if (email != null) {
					directory.byEmail.put(email, id);
				}
				directory.names.put(id, rs.getString("name"));
				directory.byTokens.computeIfAbsent(Names.personTokens(rs.getString("name")), (k) -> new ArrayList<>())
					.add(id);
			});
			jdbc.query("select position, person_id from directory_position", (rs) -> {
				directory.positions.put(rs.getString(1), rs.getLong(2));
			});
			return directory;
		}

	}

}
