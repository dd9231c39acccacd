package org.rapport.interactions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rapport.shared.Cursor;
import org.rapport.shared.KeysetPage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The timeline: a relationship's interactions, newest first, by keyset on the day and id.
 */
@Component
class InteractionQueries {

	private final JdbcClient jdbc;

	InteractionQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	KeysetPage<InteractionSummary> timeline(long relationshipId, Cursor after, int size, Reader reader) {
		Map<String, Object> params = new HashMap<>();
		params.put("relationship", relationshipId);
		params.put("limit", size + 1);
		String seek = "";
		if (after != null) {
			// A row comparison seeks in the (relationship_id, occurred_on, id) index.
			seek = " and (i.occurred_on, i.id) < (:on, :id)";
			params.put("on", after.day());
			params.put("id", after.id());
		}
		List<Row> rows = this.jdbc.sql("""
				select i.id, i.relationship_id, i.type, i.occurred_on, i.summary, i.sentiment, i.logged_by,
				       i.private_note, i.version
				from interactions_interaction i
				where i.relationship_id = :relationship""" + seek + """

				order by i.occurred_on desc, i.id desc
				limit :limit
				""").params(params).query(InteractionQueries::row).list();
		KeysetPage<Row> page = KeysetPage.of(rows, size, (row) -> new Cursor(row.occurredOn().toString(), row.id()));
		return new KeysetPage<>(withPeople(page.items(), reader), page.next());
	}

	InteractionSummary interaction(long id, Reader reader) {
		Row row = this.jdbc.sql("""
				select id, relationship_id, type, occurred_on, summary, sentiment, logged_by, private_note, version
				from interactions_interaction where id = :id
				""").param("id", id).query(InteractionQueries::row).single();
		return withPeople(List.of(row), reader).get(0);
	}

	/**
	 * The day of a relationship's latest touchpoint, for its last contact.
	 * @return the day, or {@code null} when it has none
	 */
	LocalDate latestDay(long relationshipId) {
		return this.jdbc.sql("select max(occurred_on) from interactions_interaction where relationship_id = :id")
			.param("id", relationshipId)
			.query(LocalDate.class)
			.optional()
			.orElse(null);
	}

	private List<InteractionSummary> withPeople(List<Row> rows, Reader reader) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.stream().map(Row::id).toList();
		Map<Long, List<Object[]>> participants = new LinkedHashMap<>();
		this.jdbc.sql("""
				select p.interaction_id, p.person_id, d.name from interactions_participant p
				join directory_person_name d on d.id = p.person_id
				where p.interaction_id in (:ids) order by d.name_key, d.id
				""")
			.param("ids", ids)
			.query((rs, n) -> participants.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
				.add(new Object[] { rs.getLong(2), rs.getString(3) }))
			.list();
		Map<Long, List<Object[]>> stakeholders = new LinkedHashMap<>();
		this.jdbc.sql("""
				select m.interaction_id, m.stakeholder_id, s.name from interactions_stakeholder_met m
				join relationships_stakeholder_stance s on s.id = m.stakeholder_id
				where m.interaction_id in (:ids) order by s.name, s.id
				""")
			.param("ids", ids)
			.query((rs, n) -> stakeholders.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
				.add(new Object[] { rs.getLong(2), rs.getString(3) }))
			.list();
		return rows.stream().map((row) -> {
			List<Object[]> people = participants.getOrDefault(row.id(), List.of());
			List<Object[]> met = stakeholders.getOrDefault(row.id(), List.of());
			return new InteractionSummary(row.id(), row.relationshipId(), row.type(), row.occurredOn(), row.summary(),
					row.sentiment(), people.stream().map((p) -> (Long) p[0]).toList(),
					people.stream().map((p) -> (String) p[1]).toList(), met.stream().map((s) -> (Long) s[0]).toList(),
					met.stream().map((s) -> (String) s[1]).toList(), row.loggedBy(),
					reader.notes() ? row.privateNote() : null, !reader.notes() && row.privateNote() != null,
					row.version(), reader.mayCorrect(row.loggedBy()));
		}).toList();
	}

	private static Row row(ResultSet rs, int rowNum) throws SQLException {
		return new Row(rs.getLong("id"), rs.getLong("relationship_id"), InteractionType.valueOf(rs.getString("type")),
				rs.getObject("occurred_on", LocalDate.class), rs.getString("summary"), rs.getInt("sentiment"),
				rs.getString("logged_by"), rs.getString("private_note"), rs.getLong("version"));
	}

	private record Row(long id, long relationshipId, InteractionType type, LocalDate occurredOn, String summary,
			int sentiment, String loggedBy, String privateNote, long version) {
	}

	/**
	 * Who reads a relationship's touchpoints, and so what they see of each.
	 *
	 * @param notes whether they read private notes
	 * @param owner whether they own the relationship and may change it, and so correct
	 * every touchpoint on it
	 * @param username their user name, which corrects the touchpoints they logged while
	 * they may change the relationship; {@code null} when they may not
	 */
	record Reader(boolean notes, boolean owner, String username) {

		boolean mayCorrect(String loggedBy) {
			return this.owner || (this.username != null && this.username.equalsIgnoreCase(loggedBy));
		}

	}

}
