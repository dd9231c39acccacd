package org.rapport.relationships;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rapport.directory.UnitKind;
import org.rapport.shared.Cursor;
import org.rapport.shared.KeysetPage;
import org.rapport.shared.Text;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The relationships' read model. Names of units and people are read from the directory's
 * tables, which the directory module owns and only ever extends.
 */
@Component
class RelationshipQueries {

	private static final String COLUMNS = """
			select r.id, r.it_group_id, g.name as it_group_name, r.counterpart_id, c.name as counterpart_name, r.kind,
			       r.owner_id, o.name as owner_name, r.tier, r.last_contact_on, r.created_at, r.ended_at, r.ended_by,
			       r.end_reason, r.version
			from relationships_relationship r
			join directory_unit_name g on g.id = r.it_group_id
			join directory_unit_name c on c.id = r.counterpart_id
			join directory_person_name o on o.id = r.owner_id
			""";

	private static final String STAKEHOLDER_COLUMNS = """
			select s.id, s.person_id, s.name, s.role, s.influence, s.interest, s.stance, s.it_contact_id,
			       c.name as it_contact_name
			from relationships_stakeholder s
			left join directory_person_name c on c.id = s.it_contact_id
			""";

	private final JdbcClient jdbc;

	private final RelationshipSettings settings;

	private final Clock clock;

	RelationshipQueries(JdbcClient jdbc, RelationshipSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * The relationships a viewer may read that the filter shows, by id.
	 */
	KeysetPage<RelationshipSummary> relationships(Viewer viewer, RelationshipFilter filter, Cursor after, int size) {
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		where.add(viewer.readable("r"));
		params.putAll(viewer.params());
		where.addAll(filter.conditions("r", params));
		if (after != null) {
			where.add("r.id > :after");
			params.put("after", after.id());
		}
		params.put("limit", size + 1);
		List<RelationshipSummary> rows = this.jdbc
			.sql(COLUMNS + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
					+ " order by r.id limit :limit")
			.params(params)
			.query(this::summary)
			.list();
		return KeysetPage.of(withParticipants(rows), size, (relationship) -> new Cursor("", relationship.id()));
	}

	/**
	 * The relationships a viewer may read whose counterpart or IT group is named like the
	 * text, by counterpart.
	 */
	List<RelationshipSummary> search(Viewer viewer, String text, int limit) {
		String escaped = Text.likeLiteral(text);
		return withParticipants(this.jdbc
			.sql(COLUMNS + " where " + viewer.readable("r")
					+ " and (c.name_key like :q escape '\\' or g.name_key like :q escape '\\')"
					+ " order by c.name_key, g.name_key, r.id limit :limit")
			.params(viewer.params())
			.param("q", "%" + escaped + "%")
			.param("limit", limit)
			.query(this::summary)
			.list());
	}

	/**
	 * A viewer's own active relationships, by counterpart.
	 */
	List<RelationshipSummary> own(Viewer viewer, int limit) {
		return withParticipants(this.jdbc
			.sql(COLUMNS + " where " + viewer.own("r") + " and " + RelationshipFilter.State.ACTIVE.condition("r")
					+ " order by c.name, r.id limit :limit")
			.params(viewer.params())
			.param("limit", limit)
			.query(this::summary)
			.list());
	}

	Optional<RelationshipSummary> relationship(long id) {
		return this.jdbc.sql(COLUMNS + " where r.id = :id")
			.param("id", id)
			.query(this::summary)
			.optional()
			.map((relationship) -> withParticipants(List.of(relationship)).get(0));
	}

	List<StakeholderSummary> stakeholders(long relationshipId) {
		return this.jdbc.sql(STAKEHOLDER_COLUMNS + """
				where s.relationship_id = :id
				order by s.influence desc, s.name, s.id
				""").param("id", relationshipId).query(RelationshipQueries::stakeholder).list();
	}

	/**
	 * A page of a relationship's stakeholders in the order they were added, for clients
	 * that read them all.
	 */
	KeysetPage<StakeholderSummary> stakeholders(long relationshipId, Cursor after, int size) {
		List<StakeholderSummary> rows = this.jdbc.sql(STAKEHOLDER_COLUMNS + """
				where s.relationship_id = :id and s.id > :after
				order by s.id
				limit :limit
				""")
			.param("id", relationshipId)
			.param("after", (after != null) ? after.id() : 0L)
			.param("limit", size + 1)
			.query(RelationshipQueries::stakeholder)
			.list();
		return KeysetPage.of(rows, size, (row) -> new Cursor("", row.id()));
	}

	private static StakeholderSummary stakeholder(ResultSet rs, int row) throws SQLException {
		long contact = rs.getLong("it_contact_id");
		Long contactId = rs.wasNull() ? null : contact;
		long person = rs.getLong("person_id");
		Long personId = rs.wasNull() ? null : person;
		return new StakeholderSummary(rs.getLong("id"), personId, rs.getString("name"), rs.getString("role"),
				rs.getInt("influence"), rs.getInt("interest"), Stance.valueOf(rs.getString("stance")), contactId,
				rs.getString("it_contact_name"));
	}

	List<OwnerChange> owners(long relationshipId) {
		return this.jdbc.sql("""
				select h.owner_id, o.name as owner_name, h.previous_owner_id, p.name as previous_name, h.changed_at,
				       h.changed_by
				from relationships_owner_change h
				join directory_person_name o on o.id = h.owner_id
				left join directory_person_name p on p.id = h.previous_owner_id
				where h.relationship_id = :id
				order by h.changed_at desc, h.id desc
				""").param("id", relationshipId).query((rs, n) -> {
			long previous = rs.getLong("previous_owner_id");
			Long previousId = rs.wasNull() ? null : previous;
			return new OwnerChange(rs.getLong("owner_id"), rs.getString("owner_name"), previousId,
					rs.getString("previous_name"), rs.getTimestamp("changed_at").toLocalDateTime(),
					rs.getString("changed_by"));
		}).list();
	}

	private List<RelationshipSummary> withParticipants(List<RelationshipSummary> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, List<Long>> participants = new LinkedHashMap<>();
		this.jdbc
			.sql("select relationship_id, person_id from relationships_participant where relationship_id in (:ids) "
					+ "order by relationship_id, person_id")
			.param("ids", rows.stream().map(RelationshipSummary::id).toList())
			.query((rs, n) -> participants.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(rs.getLong(2)))
			.list();
		return rows.stream()
			.map((r) -> new RelationshipSummary(r.id(), r.itGroupId(), r.itGroupName(), r.counterpartId(),
					r.counterpartName(), r.kind(), r.ownerId(), r.ownerName(), r.tier(),
					List.copyOf(participants.getOrDefault(r.id(), List.of())), r.lastContactOn(), r.contactDueOn(),
					r.losingTouch(), r.endedOn(), r.endedBy(), r.endReason(), r.version()))
			.toList();
	}

	private RelationshipSummary summary(ResultSet rs, int rowNum) throws SQLException {
		Tier tier = Tier.valueOf(rs.getString("tier"));
		LocalDate lastContact = rs.getObject("last_contact_on", LocalDate.class);
		// Without any contact yet, the cadence runs from the day the relationship was
		// established.
		LocalDate since = (lastContact != null) ? lastContact
				: rs.getTimestamp("created_at").toLocalDateTime().toLocalDate();
		LocalDate due = since.plusDays(this.settings.cadence().days(tier));
		Timestamp endedAt = rs.getTimestamp("ended_at");
		LocalDate endedOn = (endedAt != null) ? endedAt.toLocalDateTime().toLocalDate() : null;
		// An ended relationship asks for no more contact.
		boolean losingTouch = endedOn == null && due.isBefore(LocalDate.now(this.clock));
		return new RelationshipSummary(rs.getLong("id"), rs.getLong("it_group_id"), rs.getString("it_group_name"),
				rs.getLong("counterpart_id"), rs.getString("counterpart_name"), UnitKind.valueOf(rs.getString("kind")),
				rs.getLong("owner_id"), rs.getString("owner_name"), tier, List.of(), lastContact, due, losingTouch,
				endedOn, rs.getString("ended_by"), rs.getString("end_reason"), rs.getLong("version"));
	}

}
