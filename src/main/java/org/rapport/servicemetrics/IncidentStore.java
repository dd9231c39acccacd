package org.rapport.servicemetrics;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes incidents in batches: new ones are inserted, those with a later or equal
 * revision and other content are updated, the rest are left as they are.
 */
@Component
class IncidentStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	IncidentStore(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * How a batch was written.
	 *
	 * @param created incidents new to the source
	 * @param updated incidents whose stored state changed
	 * @param unchanged incidents stored as they were
	 */
	record Counts(int created, int updated, int unchanged) {

		Counts plus(Counts other) {
			return new Counts(this.created + other.created, this.updated + other.updated,
					this.unchanged + other.unchanged);
		}

	}

	/**
	 * Writes a batch of one source's incidents. Run in the import's transaction.
	 */
	Counts write(String source, long importId, List<Incident> incidents) {
		// An incident twice in one batch (its rows apart in the file): the later
		// revision.
		Map<String, Incident> byNumber = new LinkedHashMap<>();
		for (Incident incident : incidents) {
			byNumber.merge(incident.number(), incident,
					(before, after) -> (after.revision() >= before.revision()) ? after : before);
		}
		Map<String, Stored> stored = new HashMap<>();
		this.jdbc
			.sql("select number, revision, fingerprint from servicemetrics_incident "
					+ "where source = :source and number in (:numbers)")
			.param("source", source)
			.param("numbers", List.copyOf(byNumber.keySet()))
			.query((rs, n) -> stored.put(rs.getString(1), new Stored(rs.getLong(2), rs.getString(3))))
			.list();
		List<Incident> inserts = new ArrayList<>();
		List<Incident> updates = new ArrayList<>();
		int unchanged = 0;
		for (Incident incident : byNumber.values()) {
			Stored before = stored.get(incident.number());
			if (before == null) {
				inserts.add(incident);
			}
			else if (incident.revision() >= before.revision() && !incident.fingerprint().equals(before.fingerprint())) {
				updates.add(incident);
			}
			else {
				unchanged++;
			}
		}
		this.batch.batchUpdate("""
				insert into servicemetrics_incident (state, opened_at, resolved_at, closed_at, resolution_seconds,
				  made_sla, reopen_count, reassignment_count, priority, location, assignment_group, caller, service,
				  category, revision, fingerprint, import_id, source, number)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", inserts, IncidentReader.BATCH,
				(statement, incident) -> set(statement, incident, importId, source));
		this.batch.batchUpdate("""
				update servicemetrics_incident set state = ?, opened_at = ?, resolved_at = ?, closed_at = ?,
				  resolution_seconds = ?, made_sla = ?, reopen_count = ?, reassignment_count = ?, priority = ?,
				  location = ?, assignment_group = ?, caller = ?, service = ?, category = ?, revision = ?,
				  fingerprint = ?, import_id = ?
				where source = ? and number = ?
				""", updates, IncidentReader.BATCH,
				(statement, incident) -> set(statement, incident, importId, source));
		return new Counts(inserts.size(), updates.size(), unchanged);
	}

	private static void set(java.sql.PreparedStatement statement, Incident incident, long importId, String source)
			throws java.sql.SQLException {
		statement.setString(1, incident.state());
		statement.setTimestamp(2, timestamp(incident.openedAt()));
		statement.setTimestamp(3, timestamp(incident.resolvedAt()));
		statement.setTimestamp(4, timestamp(incident.closedAt()));
		statement.setObject(5, incident.resolutionSeconds(), Types.BIGINT);
		statement.setObject(6, incident.madeSla(), Types.BOOLEAN);
		statement.setInt(7, incident.reopenCount());
		statement.setInt(8, incident.reassignmentCount());
		statement.setString(9, incident.priority());
		statement.setString(10, incident.location());
		statement.setString(11, incident.assignmentGroup());
		statement.setString(12, incident.caller());
		statement.setString(13, incident.service());
		statement.setString(14, incident.category());
		statement.setLong(15, incident.revision());
		statement.setString(16, incident.fingerprint());
		statement.setLong(17, importId);
		statement.setString(18, source);
		statement.setString(19, incident.number());
	}

	private static Timestamp timestamp(LocalDateTime time) {
		return (time != null) ? Timestamp.valueOf(time) : null;
	}

	private record Stored(long revision, String fingerprint) {
	}

}
