package org.rapport.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Inserts or updates the people of an import in batches. A row is the person already in
 * the directory with its employee id, else with its email (in any case); a row whose
 * employee id and email point at two different people is rejected. Fields the file does
 * not map keep their stored value, and a person holding a position in the accountability
 * chain stays in IT.
 */
@Component
class PeopleUpsert {

	static final int BATCH = 500;

	private static final int IN_LIST = 1000;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	PeopleUpsert(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Writes the rows.
	 * @param rows the rows to import
	 * @param columns the fields the file maps
	 * @param units the units by name key
	 * @param report where rejections, notes and created and changed people go
	 * @param progress told how many rows are written, batch by batch
	 * @return the id of the person each written row stands for, in file order
	 */
	Map<ImportRow, Long> upsert(List<ImportRow> rows, ImportColumns columns, Map<String, UnitsUpsert.UnitRef> units,
			ImportReportBuilder report, IntConsumer progress) {
		Stored stored = load(rows);
		Batch batch = new Batch(Timestamp.valueOf(LocalDateTime.now(this.clock)));
		int done = 0;
		for (ImportRow row : rows) {
			Existing byId = (row.employeeId() != null) ? stored.byEmployeeId.get(row.employeeId()) : null;
			Existing byMail = (row.email() != null) ? stored.byEmail.get(Names.emailKey(row.email())) : null;
			if (byId != null && byMail != null && byId.id() != byMail.id()) {
				report.reject(row.rowNo(), "directory.import.row.email-of-another", row.email(), byMail.name(),
						row.employeeId());
				continue;
			}
			Existing existing = (byId != null) ? byId : byMail;
			if (existing != null && byId == null && existing.employeeId() != null && row.employeeId() != null) {
				report.reject(row.rowNo(), "directory.import.row.email-of-another-id", row.email(), existing.name(),
						existing.employeeId(), row.employeeId());
				continue;
			}
			write(row, columns, units, existing, stored.holders, batch, report);
			if (++done % BATCH == 0) {
				batch.flush(report);
				progress.accept(done);
			}
		}
		batch.flush(report);
		return batch.ids;
	}

	private void write(ImportRow row, ImportColumns columns, Map<String, UnitsUpsert.UnitRef> units, Existing existing,
			Set<Long> holders, Batch batch, ImportReportBuilder report) {
		boolean mapsUnit = columns.has(ImportField.UNIT);
		UnitsUpsert.UnitRef unit = mapsUnit ? units.get(row.unitKey()) : null;
		Long unitId = mapsUnit ? ((unit != null) ? unit.id() : null) : (existing != null ? existing.unitId() : null);
		boolean inIt = inItOf(row, columns, unit, existing);
		if (existing != null && holders.contains(existing.id()) && !inIt) {
			report.note("ACCOUNTABILITY", "directory.import.note.position-stays-in-it", row.rowNo(), existing.name());
			inIt = true;
		}
		String email = (row.email() != null) ? row.email() : (existing != null ? existing.email() : null);
		String employeeId = (row.employeeId() != null) ? row.employeeId()
				: (existing != null ? existing.employeeId() : null);
		String title = columns.has(ImportField.TITLE) ? row.title() : (existing != null ? existing.title() : null);
		MapSqlParameterSource params = new MapSqlParameterSource().addValue("name", row.name())
			.addValue("nameKey", Names.key(row.name()))
			.addValue("employeeId", employeeId)
			.addValue("email", email)
			.addValue("emailKey", Names.emailKey(email))
			.addValue("title", title)
			.addValue("unitId", unitId)
			.addValue("inIt", inIt)
			.addValue("at", batch.now);
		if (existing == null) {
			batch.inserts.add(params);
			batch.inserted.add(row);
			return;
		}
		batch.ids.put(row, existing.id());
		boolean same = existing.name().equals(row.name()) && Objects.equals(existing.employeeId(), employeeId)
				&& Objects.equals(existing.email(), email) && Objects.equals(existing.title(), title)
				&& Objects.equals(existing.unitId(), unitId) && existing.inIt() == inIt;
		if (!same) {
			batch.updates.add(params.addValue("id", existing.id()));
			report.updated(existing.id());
		}
	}

	static boolean inItOf(ImportRow row, ImportColumns columns, UnitsUpsert.UnitRef unit, Existing existing) {
		if (columns.has(ImportField.IN_IT) && row.inIt() != null) {
			return row.inIt();
		}
		if (unit != null) {
			return unit.kind() == UnitKind.IT_GROUP;
		}
		return existing != null && existing.inIt();
	}

	private Stored load(List<ImportRow> rows) {
		Stored stored = new Stored();
		List<String> employeeIds = rows.stream().map(ImportRow::employeeId).filter(Objects::nonNull).toList();
		List<String> emails = rows.stream().map((row) -> Names.emailKey(row.email())).filter(Objects::nonNull).toList();
		String select = "select id, name, employee_id, email, title, unit_id, in_it from directory_person where ";
		for (int from = 0; from < employeeIds.size(); from += IN_LIST) {
			this.jdbc.query(select + "employee_id in (:keys)",
					Map.of("keys", employeeIds.subList(from, Math.min(employeeIds.size(), from + IN_LIST))), (rs) -> {
						Existing existing = Existing.of(rs);
						stored.byEmployeeId.put(existing.employeeId(), existing);
					});
		}
		for (int from = 0; from < emails.size(); from += IN_LIST) {
			this.jdbc.query(select + "email_key in (:keys)",
					Map.of("keys", emails.subList(from, Math.min(emails.size(), from + IN_LIST))), (rs) -> {
						Existing existing = Existing.of(rs);
						stored.byEmail.put(Names.emailKey(existing.email()), existing);
					});
		}
		stored.holders.addAll(this.jdbc.queryForList("select person_id from directory_position", Map.of(), Long.class));
		return stored;
	}

	/**
	 * The people of the directory that the rows may be, and who holds a position.
	 */
	private static final class Stored {

		final Map<String, Existing> byEmployeeId = new HashMap<>();

		final Map<String, Existing> byEmail = new HashMap<>();

		final Set<Long> holders = new HashSet<>();

	}

	/**
	 * The writes waiting to be sent, and the ids of the rows written.
	 */
	private final class Batch {

		final Timestamp now;

		final Map<ImportRow, Long> ids = new LinkedHashMap<>();

		final List<SqlParameterSource> inserts = new ArrayList<>();

		final List<ImportRow> inserted = new ArrayList<>();

		final List<SqlParameterSource> updates = new ArrayList<>();

		Batch(Timestamp now) {
			this.now = now;
		}

		void flush(ImportReportBuilder report) {
			if (!this.inserts.isEmpty()) {
				KeyHolder keys = new GeneratedKeyHolder();
				PeopleUpsert.this.jdbc.batchUpdate("""
						insert into directory_person
						  (name, name_key, employee_id, email, email_key, title, unit_id, in_it, created_at, updated_at)
						values (:name, :nameKey, :employeeId, :email, :emailKey, :title, :unitId, :inIt, :at, :at)
						""", this.inserts.toArray(SqlParameterSource[]::new), keys, new String[] { "id" });
				// The keys come back in the order of the batch, one per inserted row.
				List<Map<String, Object>> generated = keys.getKeyList();
				for (int i = 0; i < this.inserted.size(); i++) {
					long id = ((Number) generated.get(i).values().iterator().next()).longValue();
					this.ids.put(this.inserted.get(i), id);
					report.created(id);
				}
				this.inserts.clear();
				this.inserted.clear();
			}
			if (!this.updates.isEmpty()) {
				PeopleUpsert.this.jdbc.batchUpdate("""
						update directory_person set name = :name, name_key = :nameKey, employee_id = :employeeId,
						  email = :email, email_key = :emailKey, title = :title, unit_id = :unitId, in_it = :inIt,
						  updated_at = :at, version = version + 1
						where id = :id
						""", this.updates.toArray(SqlParameterSource[]::new));
				this.updates.clear();
			}
		}

	}

	/**
	 * A person already in the directory, as the import compares it with a row.
	 */
	record Existing(long id, String name, String employeeId, String email, String title, Long unitId, boolean inIt) {

		static Existing of(ResultSet rs) throws SQLException {
			long unit = rs.getLong("unit_id");
			Long unitId = rs.wasNull() ? null : unit;
			return new Existing(rs.getLong("id"), rs.getString("name"), rs.getString("employee_id"),
					rs.getString("email"), rs.getString("title"), unitId, rs.getBoolean("in_it"));
		}

	}

}
