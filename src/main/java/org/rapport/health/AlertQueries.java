package org.rapport.health;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.rapport.relationships.RelationshipSummary;
import org.rapport.relationships.Viewer;
import org.rapport.shared.Cursor;
import org.rapport.shared.KeysetPage;
import org.rapport.shared.MessageArguments;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read model of alerts: the alerts a viewer sees, filtered, most pressing first and
 * in keyset pages; how many of each type; one alert. A viewer sees the alerts of the
 * relationships they answer for ({@link Viewer#involved}) and those assigned to them.
 */
@Component
class AlertQueries {

	/**
	 * The order alerts are listed and grouped in: a detractor and a falling score first,
	 * as they take longest to mend.
	 */
	static final List<AlertType> MOST_PRESSING_FIRST = List.of(AlertType.DETRACTOR, AlertType.PERCEPTION_GAP,
			AlertType.SCORE_FALLING, AlertType.COMMITMENT_OVERDUE, AlertType.LOSING_TOUCH);

	private static final String RANK = MOST_PRESSING_FIRST.stream()
		.map((type) -> "when '" + type.name() + "' then " + MOST_PRESSING_FIRST.indexOf(type))
		.collect(Collectors.joining(" ", "case a.type ", " end"));

	private static final String FROM = """
			from health_alert a
			join relationships_portfolio r on r.id = a.relationship_id
			join directory_unit_name g on g.id = r.it_group_id
			join directory_unit_name c on c.id = r.counterpart_id
			""";

	private static final String SELECT = """
			select a.id, a.type, a.relationship_id, c.name as counterpart_name, g.name as group_name, r.owner_id,
			       o.name as owner_name, a.code, a.arguments, a.raised_on, a.acknowledged_note, a.acknowledged_by,
			       a.acknowledged_at, a.snoozed_until, a.assignee_id, p.name as assignee_name, a.version,
			       %s as urgency
			""".formatted(RANK) + FROM + """
			join directory_person_name o on o.id = r.owner_id
			left join directory_person_name p on p.id = a.assignee_id
			""";

	private final JdbcClient jdbc;

	private final MessageSource messages;

	AlertQueries(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/**
	 * Which of a viewer's relationships a list takes alerts from.
	 */
	enum Scope {

		/** Those the viewer answers for, whatever their role. */
		INVOLVED,

		/**
		 * The viewer's own: those they own or take part in and those of the groups they
		 * lead, even when they steer the whole portfolio.
		 */
		OWN

	}

	/**
	 * One page of the alerts a viewer sees, most pressing first, then the oldest.
	 */
	KeysetPage<Alert> page(Viewer viewer, Scope scope, AlertFilter filter, Cursor after, int size, LocalDate today) {
		Map<String, Object> params = new LinkedHashMap<>();
		List<String> where = conditions(viewer, scope, filter, today, params);
		if (after != null) {
			Object[] key = key(after);
			where.add("(" + RANK + ", a.raised_on, a.id) > (:afterRank, :afterDay, :afterId)");
			params.put("afterRank", key[0]);
			params.put("afterDay", key[1]);
			params.put("afterId", after.id());
		}
		params.put("limit", size + 1);
		List<Alert> rows = this.jdbc
			.sql(SELECT + " where " + String.join(" and ", where) + " order by urgency, a.raised_on, a.id limit :limit")
			.params(params)
			.query((rs, n) -> alert(rs, viewer, today))
			.list();
		return KeysetPage.of(rows, size,
				(alert) -> new Cursor(MOST_PRESSING_FIRST.indexOf(alert.type()) + "/" + alert.raisedOn(), alert.id()));
	}

	/**
	 * How many alerts of each type a viewer sees through a filter, whatever type it asks
	 * for; every type present, most pressing first.
	 */
	Map<AlertType, Long> counts(Viewer viewer, AlertFilter filter, LocalDate today) {
		Map<String, Object> params = new LinkedHashMap<>();
		List<String> where = conditions(viewer, Scope.INVOLVED, filter.anyType(), today, params);
		Map<AlertType, Long> counts = new LinkedHashMap<>();
		MOST_PRESSING_FIRST.forEach((type) -> counts.put(type, 0L));
		this.jdbc.sql("select a.type, count(*) " + FROM + " where " + String.join(" and ", where) + " group by a.type")
			.params(params)
			.query((rs) -> {
				counts.put(AlertType.valueOf(rs.getString(1)), rs.getLong(2));
			});
		return counts;
	}

	/**
	 * One alert, if the viewer sees it.
	 */
	Optional<Alert> alert(Viewer viewer, long id, LocalDate today) {
		Map<String, Object> params = new LinkedHashMap<>();
		List<String> where = conditions(viewer, Scope.INVOLVED, null, today, params);
		where.add("a.id = :alert");
		params.put("alert", id);
		return this.jdbc.sql(SELECT + " where " + String.join(" and ", where))
			.params(params)
			.query((rs, n) -> alert(rs, viewer, today))
			.optional();
	}

	private static List<String> conditions(Viewer viewer, Scope scope, AlertFilter filter, LocalDate today,
			Map<String, Object> params) {
		List<String> where = new ArrayList<>();
		params.putAll(viewer.params());
		params.put("today", today);
		String relationships = (scope == Scope.OWN) ? viewer.own("r") : viewer.involved("r");
		where.add("(" + relationships + " or a.assignee_id = :viewerPerson)");
		if (filter == null) {
			return where;
		}
		if (!filter.everyState()) {
			where.add("(" + filter.states()
				.stream()
				.sorted()
				.map((state) -> state.condition("a"))
				.collect(Collectors.joining(" or ")) + ")");
		}
		if (filter.relationshipId() != null) {
			where.add("a.relationship_id = :relationship");
			params.put("relationship", filter.relationshipId());
		}
		if (filter.type() != null) {
			where.add("a.type = :type");
			params.put("type", filter.type().name());
		}
		if (filter.band() != null) {
			where.add("r.id in (select b.relationship_id from health_score b where b.band = :band)");
			params.put("band", filter.band().name());
		}
		if (filter.assignedToMe()) {
			where.add("a.assignee_id = :viewerPerson");
		}
		if (filter.search() != null) {
			String escaped = filter.search()
				.toLowerCase(Locale.ROOT)
				.replace("\\", "\\\\")
				.replace("%", "\\%")
				.replace("_", "\\_");
			where.add("(c.name_key like :search escape '\\' or g.name_key like :search escape '\\')");
			params.put("search", "%" + escaped + "%");
		}
		return where;
	}

	/**
	 * The rank and day a cursor of this list holds.
	 */
	private static Object[] key(Cursor cursor) {
		String[] parts = cursor.key().split("/", 2);
		try {
			int rank = Integer.parseInt(parts[0]);
			if (parts.length < 2 || rank < 0 || rank >= MOST_PRESSING_FIRST.size()) {
				throw Cursor.invalid();
			}
			return new Object[] { rank, new Cursor(parts[1], cursor.id()).day() };
		}
		catch (NumberFormatException | DateTimeException ex) {
			// A cursor of another list, or one a client made up.
			throw Cursor.invalid();
		}
	}

	private Alert alert(ResultSet rs, Viewer viewer, LocalDate today) throws SQLException {
		String name = RelationshipSummary.name(rs.getString("counterpart_name"), rs.getString("group_name"));
		String code = rs.getString("code");
		List<Object> arguments = MessageArguments.decode(rs.getString("arguments"));
		// The API's message is rendered in the server's locale; pages render the code in
		// the reader's.
		String message = this.messages.getMessage(code, Alert.messageArguments(name, arguments), Locale.getDefault());
		long ownerId = rs.getLong("owner_id");
		long assigneeId = rs.getLong("assignee_id");
		Alert.Assignee assignee = rs.wasNull() ? null : new Alert.Assignee(assigneeId, rs.getString("assignee_name"));
		Timestamp acknowledgedAt = rs.getTimestamp("acknowledged_at");
		Alert.Acknowledgement acknowledgement = (acknowledgedAt != null)
				? new Alert.Acknowledgement(rs.getString("acknowledged_note"), rs.getString("acknowledged_by"),
						acknowledgedAt.toLocalDateTime())
				: null;
		LocalDate snoozedUntil = rs.getObject("snoozed_until", LocalDate.class);
		return new Alert(rs.getLong("id"), AlertType.valueOf(rs.getString("type")), rs.getLong("relationship_id"), name,
				ownerId, rs.getString("owner_name"), code, arguments, message,
				rs.getObject("raised_on", LocalDate.class),
				AlertState.of((acknowledgement != null) ? acknowledgement.at() : null, snoozedUntil, today),
				acknowledgement, snoozedUntil, assignee, rs.getLong("version"),
				HealthAlert.actionableBy(viewer, ownerId, (assignee != null) ? assignee.id() : null));
	}

}
