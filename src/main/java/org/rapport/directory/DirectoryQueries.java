package org.rapport.directory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rapport.shared.Cursor;
import org.rapport.shared.KeysetPage;
import org.rapport.shared.Text;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The directory's read model: lists and look-ups straight from SQL, keyset-paginated by
 * name.
 */
@Component
class DirectoryQueries {

	private static final String PERSON_COLUMNS = """
			select p.id, p.name, p.name_key, p.employee_id, p.email, p.title, p.unit_id, u.name as unit_name,
			       p.manager_id, m.name as manager_name, p.in_it, p.version
			from directory_person p
			left join directory_org_unit u on u.id = p.unit_id
			left join directory_person m on m.id = p.manager_id
			""";

	private static final String UNIT_COLUMNS = """
			select u.id, u.name, u.name_key, u.kind, u.parent_id, pu.name as parent_name, u.version
			from directory_org_unit u
			left join directory_org_unit pu on pu.id = u.parent_id
			""";

	private final JdbcClient jdbc;

	DirectoryQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	KeysetPage<PersonSummary> people(Long unitId, String query, Cursor after, int size) {
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (unitId != null) {
			where.add("p.unit_id = :unit");
			params.put("unit", unitId);
		}
		addNameFilter(where, params, "p", query);
		addCursor(where, params, "p", after);
		String sql = PERSON_COLUMNS + whereClause(where) + " order by p.name_key, p.id limit :limit";
		params.put("limit", size + 1);
		List<Row<PersonSummary>> rows = this.jdbc.sql(sql).params(params).query(this::personRow).list();
		return KeysetPage.of(rows, size, Row::cursor).map(Row::value);
	}

	/**
	 * The people a picker offers for what was typed: part of a name, or the start of an
	 * employee id or email, among those who may fill the field.
	 */
	List<PersonSummary> suggest(String typed, PersonScope scope, Long unitId, int limit) {
		String escaped = Text.likeLiteral(typed);
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		where.add("(p.name_key like :contains escape '\\' or p.email_key like :prefix escape '\\'"
				+ " or lower(p.employee_id) like :prefix escape '\\')");
		params.put("contains", "%" + escaped + "%");
		params.put("prefix", escaped + "%");
		switch (scope) {
			case IT -> where.add("p.in_it");
			case UNIT -> {
				where.add("p.unit_id = :unit");
				params.put("unit", (unitId != null) ? unitId : -1L);
			}
			case ANYONE -> {
			}
		}
		params.put("limit", limit);
		return this.jdbc.sql(PERSON_COLUMNS + whereClause(where) + " order by p.name_key, p.id limit :limit")
			.params(params)
			.query(this::personRow)
			.list()
			.stream()
			.map(Row::value)
			.toList();
	}

	KeysetPage<OrgUnitSummary> units(UnitKind kind, String query, Cursor after, int size) {
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (kind != null) {
			where.add("u.kind = :kind");
			params.put("kind", kind.name());
		}
		addNameFilter(where, params, "u", query);
		addCursor(where, params, "u", after);
		String sql = UNIT_COLUMNS + whereClause(where) + " order by u.name_key, u.id limit :limit";
		params.put("limit", size + 1);
		List<Row<OrgUnitSummary>> rows = this.jdbc.sql(sql).params(params).query(this::unitRow).list();
		return KeysetPage.of(rows, size, Row::cursor).map(Row::value);
	}

	Optional<PersonSummary> person(long id) {
		return this.jdbc.sql(PERSON_COLUMNS + " where p.id = :id")
			.param("id", id)
			.query(this::personRow)
			.optional()
			.map(Row::value);
	}

	List<PersonSummary> reports(long managerId) {
		return this.jdbc.sql(PERSON_COLUMNS + " where p.manager_id = :id order by p.name_key, p.id limit 500")
			.param("id", managerId)
			.query(this::personRow)
			.list()
			.stream()
			.map(Row::value)
			.toList();
	}

	Optional<OrgUnitSummary> unit(long id) {
		return this.jdbc.sql(UNIT_COLUMNS + " where u.id = :id")
			.param("id", id)
			.query(this::unitRow)
			.optional()
			.map(Row::value);
	}

	List<OrgUnitSummary> children(long parentId) {
		return this.jdbc.sql(UNIT_COLUMNS + " where u.parent_id = :id order by u.name_key, u.id")
			.param("id", parentId)
			.query(this::unitRow)
			.list()
			.stream()
			.map(Row::value)
			.toList();
	}

	Map<Position, Long> positionHolders() {
		Map<Position, Long> holders = new LinkedHashMap<>();
		this.jdbc.sql("select position, person_id from directory_position")
			.query((rs, n) -> holders.put(Position.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		return holders;
	}

	DirectoryFacts facts() {
		Map<String, Long> units = new LinkedHashMap<>();
		this.jdbc.sql("select kind, count(*) from directory_org_unit group by kind")
			.query((rs, n) -> units.put(rs.getString(1), rs.getLong(2)))
			.list();
		return this.jdbc.sql("""
				select count(*),
				       coalesce(sum(case when in_it then 1 else 0 end), 0),
				       coalesce(sum(case when manager_id is null then 1 else 0 end), 0)
				from directory_person
				""")
			.query((rs, n) -> new DirectoryFacts(units.getOrDefault("BUSINESS_UNIT", 0L),
					units.getOrDefault("IT_GROUP", 0L), units.getOrDefault("VENDOR", 0L), rs.getLong(1), rs.getLong(2),
					rs.getLong(3)))
			.single();
	}

	private static void addNameFilter(List<String> where, Map<String, Object> params, String alias, String query) {
		String cleaned = Names.blankToNull(query);
		if (cleaned != null) {
			String escaped = Text.likeLiteral(cleaned);
			where.add(alias + ".name_key like :q escape '\\'");
			params.put("q", "%" + escaped + "%");
		}
	}

	private static void addCursor(List<String> where, Map<String, Object> params, String alias, Cursor after) {
		if (after != null) {
			// A row comparison lets the (name_key, id) index seek straight to the cursor.
			where.add("(" + alias + ".name_key, " + alias + ".id) > (:afterKey, :afterId)");
			params.put("afterKey", after.key());
			params.put("afterId", after.id());
		}
	}

	private static String whereClause(List<String> where) {
		return where.isEmpty() ? "" : " where " + String.join(" and ", where);
	}

	private Row<PersonSummary> personRow(java.sql.ResultSet rs, int rowNum) throws java.sql.SQLException {
		PersonSummary person = new PersonSummary(rs.getLong("id"), rs.getString("name"), rs.getString("employee_id"),
				rs.getString("email"), rs.getString("title"), nullableLong(rs, "unit_id"), rs.getString("unit_name"),
				nullableLong(rs, "manager_id"), rs.getString("manager_name"), rs.getBoolean("in_it"),
				rs.getLong("version"));
		return new Row<>(person, new Cursor(rs.getString("name_key"), person.id()));
	}

	private Row<OrgUnitSummary> unitRow(java.sql.ResultSet rs, int rowNum) throws java.sql.SQLException {
		OrgUnitSummary unit = new OrgUnitSummary(rs.getLong("id"), rs.getString("name"),
				UnitKind.valueOf(rs.getString("kind")), nullableLong(rs, "parent_id"), rs.getString("parent_name"),
				rs.getLong("version"));
		return new Row<>(unit, new Cursor(rs.getString("name_key"), unit.id()));
	}

	private static Long nullableLong(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private record Row<T>(T value, Cursor cursor) {
	}

}
