package org.rapport.development;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who stands above each person in the manager chain, read from the directory's
 * {@code directory_person_manager} view a level at a time, so that a programme of
 * thousands costs as many queries as the organisation has levels.
 */
@Component
class ReportingLines {

	private static final int CHUNK = 1000;

	private final JdbcClient jdbc;

	ReportingLines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Whether someone is a person's manager, the one directly above them: who reads their
	 * development plan and their trainings.
	 * @param managerId who may be their manager, {@code null} for no one
	 * @param personId the person
	 * @return whether they are
	 */
	boolean isManager(Long managerId, long personId) {
		return managerId != null && this.jdbc.sql("select manager_id from directory_person_manager where id = :id")
			.param("id", personId)
			.query(Long.class)
			.optional()
			.filter(managerId::equals)
			.isPresent();
	}

	/**
	 * Each person's managers, nearest first.
	 * @param people the people
	 * @return for each of them, their manager, their manager's manager and so on up
	 */
	Map<Long, Set<Long>> above(Collection<Long> people) {
		Map<Long, Long> managerOf = new HashMap<>();
		Set<Long> read = new HashSet<>();
		Set<Long> toRead = new HashSet<>(people);
		while (!toRead.isEmpty()) {
			read.addAll(toRead);
			Set<Long> next = new HashSet<>();
			List<Long> ids = new ArrayList<>(toRead);
			for (int from = 0; from < ids.size(); from += CHUNK) {
				this.jdbc.sql("select id, manager_id from directory_person_manager where id in (:ids)")
					.param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
					.query((rs, n) -> {
						long manager = rs.getLong(2);
						if (!rs.wasNull()) {
							managerOf.put(rs.getLong(1), manager);
							if (!read.contains(manager)) {
								next.add(manager);
							}
						}
						return null;
					})
					.list();
			}
			toRead = next;
		}
		Map<Long, Set<Long>> above = new HashMap<>();
		for (Long person : people) {
			Set<Long> chain = new LinkedHashSet<>();
			Long manager = managerOf.get(person);
			// A loop in the directory's data stops the walk where it closes.
			while (manager != null && !manager.equals(person) && chain.add(manager)) {
				manager = managerOf.get(manager);
			}
			above.put(person, chain);
		}
		return above;
	}

}
