package org.rapport.health;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rapport.commitments.CommitmentManagement;
import org.rapport.relationships.RelationshipSummary;
import org.rapport.relationships.Stance;
import org.rapport.relationships.Tier;
import org.rapport.relationships.TierCadence;
import org.rapport.servicemetrics.IncidentFigures;
import org.rapport.servicemetrics.ServiceMetrics;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads what health is computed from, for many relationships at once and as of any day,
 * so that the weekly history can be rebuilt from the record. It reads the views that the
 * relationships, interactions, commitments and directory modules publish for it
 * (docs/adr/004); they are plain projections, so every subquery follows an index of the
 * table below that starts with the relationship. Reliability counts what the
 * {@code commitments_reliability} view counts, as the commitments module does.
 */
@Component
class HealthInputsReader {

	private final JdbcClient jdbc;

	private final TierCadence cadence;

	private final HealthSettings settings;

	/** How many days of incidents tell how IT serves a business unit. */
	static final int SERVICE_DAYS = 90;

	private final ServiceMetrics metrics;

	HealthInputsReader(JdbcClient jdbc, TierCadence cadence, HealthSettings settings, ServiceMetrics metrics) {
		this.metrics = metrics;
		this.jdbc = jdbc;
		this.cadence = cadence;
		this.settings = settings;
	}

	List<HealthInputs> read(List<Long> ids, LocalDate asOf) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, List<HealthInputs.Stakeholder>> stakeholders = stakeholders(ids);
		Map<Long, Object[]> overdue = oldestOverdue(ids, asOf);
		Map<Long, WeekScore> weeksAgo = scoresOfWeek(ids, weekOf(asOf.minusWeeks(this.settings.fallingWeeks())));
		Map<Long, IncidentFigures> service = this.metrics.byUnit(asOf.minusDays(SERVICE_DAYS - 1), asOf);
		return this.jdbc.sql("""
				select r.id, r.tier, r.created_at, r.counterpart_id, c.name as counterpart_name, g.name as group_name,
				  (select max(i.occurred_on) from interactions_contact i
				    where i.relationship_id = r.id and i.occurred_on <= :asOf) as last_contact_on,
				  (select count(*) from interactions_contact i
				    where i.relationship_id = r.id and i.occurred_on > :escalationsFrom and i.occurred_on <= :asOf
				      and i.type = 'ESCALATION') as escalations,
				  (select coalesce(sum(m.counted), 0) from commitments_reliability m
				    where m.relationship_id = r.id and m.due_on between :reliabilityFrom and :asOf) as due,
				  (select coalesce(sum(m.kept_on_time), 0) from commitments_reliability m
				    where m.relationship_id = r.id and m.due_on between :reliabilityFrom and :asOf) as kept_on_time,
				  (select count(*) from commitments_reliability m
				    where m.relationship_id = r.id and m.due_on < :asOf
				      and (m.closed_on is null or m.closed_on > :asOf) and m.state <> 'CANCELLED') as overdue,
				  (select count(*) from commitments_reliability m
				    where m.relationship_id = r.id and m.due_on < :reliabilityFrom
				      and (m.closed_on is null or m.closed_on > :asOf) and m.state <> 'CANCELLED') as overdue_older,
				  (select count(*) from commitments_reliability m
				    where m.relationship_id = r.id and m.due_on > :asOf and m.state = 'KEPT'
				      and m.closed_on <= :asOf) as kept_ahead,
				  (select p.score from health_perception p
				    where p.relationship_id = r.id and p.measured_on <= :asOf) as perception,
				  (select p.said from health_perception p
				    where p.relationship_id = r.id and p.measured_on <= :asOf) as said
				from relationships_portfolio r
				join directory_unit_name c on c.id = r.counterpart_id
				join directory_unit_name g on g.id = r.it_group_id
				where r.id in (:ids)
				order by r.id
				""")
			.param("ids", ids)
			.param("asOf", asOf)
			.param("escalationsFrom", asOf.minusDays(this.settings.escalationWindow().toDays()))
			.param("reliabilityFrom", asOf.minusDays(CommitmentManagement.RELIABILITY_WINDOW_DAYS))
			.query((rs, n) -> {
				long id = rs.getLong("id");
				Tier tier = Tier.valueOf(rs.getString("tier"));
				Object[] oldest = overdue.getOrDefault(id, new Object[2]);
				WeekScore then = weeksAgo.get(id);
				return new HealthInputs(id,
						RelationshipSummary.name(rs.getString("counterpart_name"), rs.getString("group_name")), tier,
						this.cadence.days(tier), asOf, rs.getTimestamp("created_at").toLocalDateTime().toLocalDate(),
						rs.getObject("last_contact_on", LocalDate.class), rs.getInt("due"), rs.getInt("kept_on_time"),
						rs.getInt("overdue"), rs.getInt("overdue_older"), rs.getInt("kept_ahead"), (String) oldest[0],
						(LocalDate) oldest[1], stakeholders.getOrDefault(id, List.of()), rs.getInt("escalations"),
						perception(rs), (then != null) ? then.score() : null,
						(then != null) ? then.components() : Map.of(),
						service(service.get(rs.getLong("counterpart_id")), rs.getString("counterpart_name")),
						rs.getString("said"));
			})
			.list();
	}

	private static HealthInputs.Service service(IncidentFigures figures, String unitName) {
		return (figures != null && figures.slaMetPercent() != null)
				? new HealthInputs.Service(unitName, figures.incidents(), figures.slaMetPercent()) : null;
	}

	private static Double perception(java.sql.ResultSet rs) throws java.sql.SQLException {
		Integer score = rs.getObject("perception", Integer.class);
		return (score != null) ? score / 100.0 : null;
	}

	static LocalDate weekOf(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	private Map<Long, List<HealthInputs.Stakeholder>> stakeholders(List<Long> ids) {
		Map<Long, List<HealthInputs.Stakeholder>> byRelationship = new HashMap<>();
		this.jdbc.sql("""
				select relationship_id, name, role, influence, stance from relationships_stakeholder_stance
				where relationship_id in (:ids)
				""").param("ids", ids).query((rs) -> {
			byRelationship.computeIfAbsent(rs.getLong("relationship_id"), (k) -> new ArrayList<>())
				.add(new HealthInputs.Stakeholder(rs.getString("name"), rs.getString("role"), rs.getInt("influence"),
						Stance.valueOf(rs.getString("stance"))));
		});
		return byRelationship;
	}

	private Map<Long, Object[]> oldestOverdue(List<Long> ids, LocalDate asOf) {
		Map<Long, Object[]> oldest = new HashMap<>();
		this.jdbc.sql("""
				select relationship_id, description, due_on from commitments_reliability
				where relationship_id in (:ids) and due_on < :asOf and (closed_on is null or closed_on > :asOf)
				  and state <> 'CANCELLED'
				order by relationship_id, due_on desc, id desc
				""").param("ids", ids).param("asOf", asOf).query((rs) -> {
			// Rows come latest first, so the last one put is the oldest.
			oldest.put(rs.getLong("relationship_id"),
					new Object[] { rs.getString("description"), rs.getObject("due_on", LocalDate.class) });
		});
		return oldest;
	}

	private Map<Long, WeekScore> scoresOfWeek(List<Long> ids, LocalDate week) {
		Map<Long, WeekScore> scores = new HashMap<>();
		// A new relationship's score of then was made of nothing: no fall from it.
		this.jdbc.sql("""
				select relationship_id, week_on, score, band, %s from health_history
				where relationship_id in (:ids) and week_on = :week and band <> 'NEW'
				""".formatted(WeekComponents.COLUMNS)).param("ids", ids).param("week", week).query((rs) -> {
			scores.put(rs.getLong("relationship_id"), WeekComponents.weekScore(rs));
		});
		return scores;
	}

}
