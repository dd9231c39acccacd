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

	KeysetPage<InteractionSummary> timeline(long relationshipId, Cursor after, int size, boolean notes) {
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
				       i.private_note
				from interactions_interaction i
				where i.relationship_id = :relationship""" + seek + """

				order by i.occurred_on desc, i.id desc
				limit :limit
				""").params(params).query(InteractionQueries::row).list();
		KeysetPage<Row> page = KeysetPage.of(rows, size, (row) -> new Cursor(row.occurredOn().toString(), row.id()));
		return new KeysetPage<>(withPeople(page.items(), notes), page.next());
	}

	InteractionSummary interaction(long id, boolean notes) {
		Row row = this.jdbc.sql("""
				select id, relationship_id, type, occurred_on, summary, sentiment, logged_by, private_note
				from interactions_interaction where id = :id
				""").param("id", id).query(InteractionQueries::row).single();
		return withPeople(List.of(row), notes).get(0);
	}

	private List<InteractionSummary> withPeople(List<Row> rows, boolean notes) {
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
					met.stream().map((s) -> (String) s[1]).toList(), row.loggedBy(), notes ? row.privateNote() : null,
					!notes && row.privateNote() != null);
		}).toList();
	}

	private static Row row(ResultSet rs, int rowNum) throws SQLException {
		return new Row(rs.getLong("id"), rs.getLong("relationship_id"), InteractionType.valueOf(rs.getString("type")),
				rs.getObject("occurred_on", LocalDate.class), rs.getString("summary"), rs.getInt("sentiment"),
				rs.getString("logged_by"), rs.getString("private_note"));
	}

	private record Row(long id, long relationshipId, InteractionType type, LocalDate occurredOn, String summary,
			int sentiment, String loggedBy, String privateNote) {
	}

}
