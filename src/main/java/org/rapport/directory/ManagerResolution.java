package org.rapport.directory;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * The second pass of an import: once every row is in, each row's manager is found by
 * employee id, else email, else a name that matches exactly one person (in either order),
 * and written in batches. A manager that is the person, one that would make a loop, or
 * one that takes the head of relationship management away from the CIO is noted and left
 * as it was.
 */
@Component
class ManagerResolution {

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	ManagerResolution(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Sets the managers of the rows written.
	 * @param people the id of the person each written row stands for
	 * @param columns the fields the file maps
	 * @param report where notes and changed people go
	 */
	void resolve(Map<ImportRow, Long> people, ImportColumns columns, ImportReportBuilder report) {
		if (!columns.hasAnyManager()) {
			return;
		}
		Everyone everyone = Everyone.load(this.jdbc);
		ManagerTraps traps = new ManagerTraps(columns);
		Map<Long, Long> managers = new HashMap<>(everyone.managerOf);
		Set<Long> changed = new LinkedHashSet<>();
		for (Map.Entry<ImportRow, Long> entry : people.entrySet()) {
			ImportRow row = entry.getKey();
			long personId = entry.getValue();
			traps.read(row);
			Long managerId = find(row, everyone, traps, report);
			if (managerId == null || !allowed(row, personId, managerId, everyone, report)
					|| managerId.equals(managers.get(personId))) {
				continue;
			}
			Long before = managers.put(personId, managerId);
			if (loops(managers, personId)) {
				managers.put(personId, before);
				report.note("MANAGER_LOOP", "directory.import.note.manager-loop", row.rowNo(), row.name(),
						everyone.names.get(managerId));
				continue;
			}
			changed.add(personId);
		}
		write(changed, managers);
		changed.forEach(report::updated);
		traps.note(report);
	}

	private static Long find(ImportRow row, Everyone everyone, ManagerTraps traps, ImportReportBuilder report) {
		Long managerId = null;
		if (row.managerEmployeeId() != null) {
			managerId = everyone.byEmployeeId.get(row.managerEmployeeId());
			if (managerId == null) {
				traps.unmatchedId(row.managerEmployeeId());
			}
			else {
				traps.matchedById();
			}
		}
		if (managerId == null && row.managerEmail() != null) {
			managerId = everyone.byEmail.get(Names.emailKey(row.managerEmail()));
		}
		if (managerId == null && row.managerName() != null) {
			List<Long> candidates = everyone.byTokens.getOrDefault(Names.personTokens(row.managerName()), List.of());
			if (candidates.size() > 1) {
				report.note("AMBIGUOUS_MANAGER", "directory.import.note.manager-ambiguous", row.rowNo(),
						row.managerName(), candidates.size());
				return null;
			}
			if (candidates.size() == 1) {
				traps.matchedByName();
				return candidates.get(0);
			}
		}
		if (managerId == null && row.namesAManager()) {
			traps.notFound(row);
		}
		return managerId;
	}

	private static boolean allowed(ImportRow row, long personId, long managerId, Everyone everyone,
			ImportReportBuilder report) {
		if (managerId == personId) {
			report.note("SELF_MANAGER", "directory.import.note.manager-self", row.rowNo(), row.name());
			return false;
		}
		if (!Position.mayReportTo(everyone.positions.get("CIO"),
				everyone.positions.get("HEAD_OF_RELATIONSHIP_MANAGEMENT"), personId, managerId)) {
			report.note("ACCOUNTABILITY", "directory.import.note.manager-must-be-cio", row.rowNo(), row.name());
			return false;
		}
		return true;
	}

	private void write(Set<Long> changed, Map<Long, Long> managers) {
		Timestamp now = Timestamp.valueOf(LocalDateTime.now(this.clock));
		List<SqlParameterSource> updates = changed.stream()
			.map((id) -> (SqlParameterSource) new MapSqlParameterSource("id", id).addValue("manager", managers.get(id))
				.addValue("at", now))
			.toList();
		for (int from = 0; from < updates.size(); from += PeopleUpsert.BATCH) {
			this.jdbc.batchUpdate(
					"update directory_person set manager_id = :manager, updated_at = :at, version = version + 1 where id = :id",
					updates.subList(from, Math.min(updates.size(), from + PeopleUpsert.BATCH))
						.toArray(SqlParameterSource[]::new));
		}
	}

	/**
	 * Whether following managers up from a person comes back to them or around in a
	 * circle.
	 */
	static boolean loops(Map<Long, Long> managers, long start) {
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

	/**
	 * Everyone in the directory, indexed for finding managers.
	 */
	private static final class Everyone {

		final Map<String, Long> byEmployeeId = new HashMap<>();

		final Map<String, Long> byEmail = new HashMap<>();

		final Map<Set<String>, List<Long>> byTokens = new HashMap<>();

		final Map<Long, Long> managerOf = new HashMap<>();

		final Map<Long, String> names = new HashMap<>();

		final Map<String, Long> positions = new HashMap<>();

		static Everyone load(NamedParameterJdbcTemplate jdbc) {
			Everyone everyone = new Everyone();
			jdbc.query("select id, name, employee_id, email_key, manager_id from directory_person", (rs) -> {
				long id = rs.getLong("id");
				String employeeId = rs.getString("employee_id");
				String email = rs.getString("email_key");
				long manager = rs.getLong("manager_id");
				if (!rs.wasNull()) {
					everyone.managerOf.put(id, manager);
				}
				if (employeeId != null) {
					everyone.byEmployeeId.put(employeeId, id);
				}
				if (email != null) {
					everyone.byEmail.put(email, id);
				}
				everyone.names.put(id, rs.getString("name"));
				everyone.byTokens.computeIfAbsent(Names.personTokens(rs.getString("name")), (k) -> new ArrayList<>())
					.add(id);
			});
			jdbc.query("select position, person_id from directory_position", (rs) -> {
				everyone.positions.put(rs.getString(1), rs.getLong(2));
			});
			return everyone;
		}

	}

}
