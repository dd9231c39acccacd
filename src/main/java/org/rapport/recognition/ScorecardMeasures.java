package org.rapport.recognition;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.rapport.relationships.Tier;
import org.rapport.relationships.TierCadence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The measures of a scorecard, read from the modules' views (docs/adr/004) for one scope
 * (a group's rolling up the groups below it) and quarter, as of its end (or today, while
 * it is under way): the relationships owned or held then, their health in their latest
 * week, the share contacted within their tier's cadence then, the commitments on them due
 * in it and kept on time, the perception their partners' surveys measured in it, and the
 * kudos and praise received in it, and what the people did to develop in it (trainings
 * completed, 360s closed, mentoring sessions held). Each measure keeps the figures its
 * explanation names, so that a frozen scorecard explains itself as it was.
 */
@Component
class ScorecardMeasures {

	static final List<String> NAMES = List.of("relationships", "health", "cadence", "commitments", "partnerFeedback",
			"recognition", "development");

	private final JdbcClient jdbc;

	private final TierCadence cadence;

	private final Clock clock;

	ScorecardMeasures(JdbcClient jdbc, TierCadence cadence, Clock clock) {
		this.jdbc = jdbc;
		this.cadence = cadence;
		this.clock = clock;
	}

	/**
	 * One measure.
	 *
	 * @param name what it measures, one of {@link #NAMES}
	 * @param value its value, {@code null} when there was nothing to measure
	 * @param arguments the figures its explanation names
	 */
	record Measure(String name, Double value, List<Object> arguments) {
	}

	List<Measure> measure(ScorecardScope scope, long id, ScorecardPeriod period) {
		// A quarter under way is measured as of today, one that has ended as of its end.
		LocalDate today = LocalDate.now(this.clock);
		LocalDate asOf = period.end().isBefore(today) ? period.end() : today;
		String held = switch (scope) {
			case PERSON -> "r.owner_id = :id";
			case GROUP -> "r.it_group_id in (:groups)";
			case ORGANISATION -> "1 = 1";
		} + " and r.created_at < :after and (r.ended_at is null or r.ended_at >= :after)";
		Map<String, Object> params = Map.of("id", id, "groups",
				(scope == ScorecardScope.GROUP) ? groups(id) : List.of(id), "start", period.start(), "end", asOf,
				"after", asOf.plusDays(1).atStartOfDay());
		List<Measure> measures = new ArrayList<>();

		List<Object[]> relationships = this.jdbc.sql("""
				select r.tier, (select max(c.occurred_on) from interactions_contact c
				                where c.relationship_id = r.id and c.occurred_on <= :end) as last_contact
				from relationships_portfolio r where %s
				""".formatted(held))
			.params(params)
			.query((rs, n) -> new Object[] { Tier.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class) })
			.list();
		int total = relationships.size();
		measures.add(new Measure("relationships", (double) total, List.of(total, asOf.toString())));

		Object[] health = this.jdbc.sql("""
				select avg(cast(h.score as double precision)), count(*) from health_weekly_score h
				join relationships_portfolio r on r.id = h.relationship_id
				where %s and h.week_on = (select max(w.week_on) from health_weekly_score w
				                          where w.relationship_id = r.id and w.week_on <= :end)
				""".formatted(held))
			.params(params)
			.query((rs, n) -> new Object[] { rs.getObject(1, Double.class), rs.getLong(2) })
			.single();
		Double meanHealth = (health[0] != null) ? round((Double) health[0]) : null;
		measures.add(new Measure("health", meanHealth,
				List.of((meanHealth != null) ? meanHealth : 0, (long) health[1], total, asOf.toString())));

		long contacted = relationships.stream()
			.filter((row) -> row[1] != null
					&& ChronoUnit.DAYS.between((LocalDate) row[1], period.end()) <= this.cadence.days((Tier) row[0]))
			.count();
		measures.add(new Measure("cadence", (total > 0) ? round(contacted * 100.0 / total) : null,
				List.of(contacted, total, asOf.toString())));

		long[] commitments = this.jdbc.sql("""
				select coalesce(sum(m.counted), 0), coalesce(sum(m.kept_on_time), 0) from commitments_reliability m
				where m.due_on between :start and :end
				  and m.relationship_id in (select r.id from relationships_portfolio r where %s)
				""".formatted(held))
			.params(params)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
		measures.add(
				new Measure("commitments", (commitments[0] > 0) ? round(commitments[1] * 100.0 / commitments[0]) : null,
						List.of(commitments[1], commitments[0])));

		long[] surveys = { 0, 0 };
		double[] weighted = { 0 };
		this.jdbc.sql("""
				select p.score, p.responses from insight_perception_measured p
				where p.measured_on between :start and :end
				  and p.relationship_id in (select r.id from relationships_portfolio r where %s)
				""".formatted(held)).params(params).query((rs) -> {
			surveys[0]++;
			surveys[1] += rs.getLong(2);
			weighted[0] += rs.getInt(1) * (double) rs.getLong(2);
		});
		Double perception = (surveys[1] > 0) ? round(weighted[0] / surveys[1]) : null;
		measures.add(new Measure("partnerFeedback", perception,
				List.of((perception != null) ? perception : 0, surveys[1], surveys[0])));

		String received = switch (scope) {
			case PERSON -> "k.recipient_id = :id";
			case GROUP ->
				"(k.recipient_id in (select p.id from directory_person_contact p where p.unit_id in (:groups))"
						+ " or k.recipient_unit_id in (:groups))";
			case ORGANISATION -> "1 = 1";
		};
		long[] kudos = { 0, 0 };
		this.jdbc.sql("""
				select k.source, count(*) from recognition_kudos k
				where %s and k.state = 'GIVEN' and k.given_on between :start and :end
				group by k.source
				""".formatted(received)).params(params).query((rs) -> {
			kudos[KudosSource.valueOf(rs.getString(1)).ordinal()] += rs.getLong(2);
		});
		measures.add(new Measure("recognition", (double) (kudos[0] + kudos[1]), List.of(kudos[0], kudos[1])));

		String whose = switch (scope) {
			case PERSON -> "a.person_id = :id";
			case GROUP -> "a.person_id in (select p.id from directory_person_contact p where p.unit_id in (:groups))";
			case ORGANISATION -> "1 = 1";
		};
		Map<String, Long> activities = new java.util.HashMap<>(Map.of("TRAINING", 0L, "FEEDBACK", 0L, "MENTORING", 0L));
		this.jdbc.sql("""
				select a.kind, count(*) from development_activity a
				where %s and a.done_on between :start and :end
				group by a.kind
				""".formatted(whose)).params(params).query((rs) -> {
			activities.put(rs.getString(1), rs.getLong(2));
		});
		long done = activities.values().stream().mapToLong(Long::longValue).sum();
		measures.add(new Measure("development", (double) done,
				List.of(activities.get("TRAINING"), activities.get("FEEDBACK"), activities.get("MENTORING"))));
		return measures;
	}

	/**
	 * An IT group and the groups below it, which its scorecard rolls up.
	 */
	List<Long> groups(long group) {
		return this.jdbc.sql("""
				with recursive tree (id) as (
				  select u.id from directory_unit_tree u where u.id = :group
				  union all
				  select u.id from directory_unit_tree u join tree t on u.parent_id = t.id
				)
				select id from tree
				""").param("group", group).query(Long.class).list();
	}

	/**
	 * The share of the strategic relationships held that had a business review in the
	 * quarter, in percent.
	 * @return the share, {@code null} when the scope holds no strategic relationship
	 */
	Double businessReviews(ScorecardScope scope, long id, ScorecardPeriod period) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate asOf = period.end().isBefore(today) ? period.end() : today;
		String held = switch (scope) {
			case PERSON -> "r.owner_id = :id";
			case GROUP -> "r.it_group_id in (:groups)";
			case ORGANISATION -> "1 = 1";
		} + " and r.created_at < :after and (r.ended_at is null or r.ended_at >= :after) and r.tier = 'STRATEGIC'";
		long[] reviewed = this.jdbc.sql("""
				select count(*), coalesce(sum(case when exists (select 1 from interactions_contact c
				  where c.relationship_id = r.id and c.type = 'BUSINESS_REVIEW'
				    and c.occurred_on between :start and :end) then 1 else 0 end), 0)
				from relationships_portfolio r where %s
				""".formatted(held))
			.params(Map.of("id", id, "groups", (scope == ScorecardScope.GROUP) ? groups(id) : List.of(id), "start",
					period.start(), "end", asOf, "after", asOf.plusDays(1).atStartOfDay()))
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
		return (reviewed[0] > 0) ? round(reviewed[1] * 100.0 / reviewed[0]) : null;
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
