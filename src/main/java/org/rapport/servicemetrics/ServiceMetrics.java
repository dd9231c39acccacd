package org.rapport.servicemetrics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.OrgUnitSummary;
import org.rapport.directory.UnitKind;
import org.rapport.shared.Actor;
import org.rapport.shared.AlreadyExistsException;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.NotFoundException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The technical side in figures: incidents per business unit, location, assignment group,
 * priority, service or period, availability per business unit and service, and the rules
 * that attribute incidents to business units.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("@roleGroups.overseesPortfolio()")
public class ServiceMetrics {

	/**
	 * The business unit of an incident: an explicit rule for its caller, its caller's
	 * unit in the directory, else a rule for its location, assignment group or service.
	 */
	static final String ATTRIBUTED = """
			from servicemetrics_incident i
			left join servicemetrics_rule rc on rc.dimension = 'CALLER' and rc.match_value = i.caller
			left join directory_person_unit cp on cp.employee_id = i.caller
			left join servicemetrics_rule rl on rl.dimension = 'LOCATION' and rl.match_value = i.location
			left join servicemetrics_rule rg on rg.dimension = 'ASSIGNMENT_GROUP' and rg.match_value = i.assignment_group
			left join servicemetrics_rule rs on rs.dimension = 'SERVICE' and rs.match_value = i.service
			left join directory_unit_name u on u.id = coalesce(rc.unit_id, cp.unit_id, rl.unit_id, rg.unit_id, rs.unit_id)
			""";

	private final JdbcClient jdbc;

	private final DirectoryManagement directory;

	private final Clock clock;

	ServiceMetrics(JdbcClient jdbc, DirectoryManagement directory, Clock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * Incident figures per group, for the incidents opened in a period.
	 * @param by what to group by
	 * @param from the first day, {@code null} for no limit
	 * @param to the last day, {@code null} for no limit
	 * @return a row per group, the most incidents first
	 */
	public List<IncidentFigures> summary(Grouping by, LocalDate from, LocalDate to) {
		return figures(by, from, to, null);
	}

	/**
	 * The incident figures of one business unit, for the pages of its relationships: who
	 * may read a relationship may read how IT serves its counterpart.
	 * @param unitId the business unit
	 * @param from the first day
	 * @param to the last day
	 * @return its figures, empty when it raised no incident in the period
	 */
	@PreAuthorize("isAuthenticated()")
	public Optional<IncidentFigures> unitFigures(long unitId, LocalDate from, LocalDate to) {
		return figures(Grouping.BUSINESS_UNIT, from, to, unitId).stream().findFirst();
	}

	/**
	 * The incident figures of every business unit, for the read models of other modules
	 * (the health of each relationship), which run without a caller.
	 * @param from the first day
	 * @param to the last day
	 * @return the figures by business unit; incidents no rule attributes are left out
	 */
	@PreAuthorize("permitAll()")
	public Map<Long, IncidentFigures> byUnit(LocalDate from, LocalDate to) {
		Map<Long, IncidentFigures> byUnit = new HashMap<>();
		figures(Grouping.BUSINESS_UNIT, from, to, null).stream()
			.filter((figures) -> figures.unitId() != null)
			.forEach((figures) -> byUnit.put(figures.unitId(), figures));
		return byUnit;
	}

	private List<IncidentFigures> figures(Grouping by, LocalDate from, LocalDate to, Long unitId) {
		if (from != null && to != null && to.isBefore(from)) {
			throw new InvalidInputException("to", "servicemetrics.period.reversed");
		}
		String key = switch (by) {
			case BUSINESS_UNIT -> "u.name";
			case LOCATION -> "i.location";
			case ASSIGNMENT_GROUP -> "i.assignment_group";
			case PRIORITY -> "i.priority";
			case SERVICE -> "i.service";
			case MONTH -> "cast(extract(year from i.opened_at) * 100 + extract(month from i.opened_at) as integer)";
			case QUARTER -> "cast(extract(year from i.opened_at) * 10 + extract(quarter from i.opened_at) as integer)";
		};
		String unit = (by == Grouping.BUSINESS_UNIT) ? "u.id" : "cast(null as bigint)";
		String groupBy = (by == Grouping.BUSINESS_UNIT) ? "u.id, u.name" : key;
		List<IncidentFigures> figures = this.jdbc.sql("""
				select %s as group_key, %s as unit_id, count(*) as incidents,
				  sum(case when i.made_sla then 1 else 0 end) as sla_met,
				  sum(case when i.made_sla is not null then 1 else 0 end) as sla_known,
				  avg(cast(i.resolution_seconds as double precision)) as mean_seconds,
				  percentile_cont(0.5) within group (order by i.resolution_seconds) as median_seconds,
				  percentile_cont(0.9) within group (order by i.resolution_seconds) as p90_seconds,
				  sum(case when i.reopen_count > 0 then 1 else 0 end) as reopened
				%s
				where i.opened_at >= :from and i.opened_at < :to %s
				group by %s
				order by count(*) desc, %s
				""".formatted(key, unit, ATTRIBUTED, (unitId != null) ? "and u.id = :unit" : "", groupBy, key))
			.param("unit", unitId)
			.param("from", (from != null) ? from.atStartOfDay() : LocalDateTime.of(1900, 1, 1, 0, 0))
			.param("to", (to != null) ? to.plusDays(1).atStartOfDay() : LocalDateTime.of(9999, 1, 1, 0, 0))
			.query((rs, n) -> {
				long incidents = rs.getLong("incidents");
				long known = rs.getLong("sla_known");
				long slaMet = rs.getLong("sla_met");
				return new IncidentFigures(label(by, rs.getObject("group_key")),
						(Long) rs.getObject("unit_id", Long.class), incidents, slaMet,
						(known == 0) ? null : slaMet * 100.0 / known, hours(rs.getObject("mean_seconds")),
						hours(rs.getObject("median_seconds")), hours(rs.getObject("p90_seconds")),
						(incidents == 0) ? 0 : rs.getLong("reopened") * 100.0 / incidents, null);
			})
			.list();
		if (by != Grouping.BUSINESS_UNIT && by != Grouping.SERVICE) {
			return figures;
		}
		Map<Object, Availability> availability = availability(by, from, to);
		List<IncidentFigures> merged = new ArrayList<>();
		for (IncidentFigures figure : figures) {
			Availability mean = availability.remove((by == Grouping.BUSINESS_UNIT) ? figure.unitId() : figure.key());
			merged.add(figure.withAvailability((mean != null) ? mean.percent() : null));
		}
		// Groups with period metrics and no incidents of their own in the period: the
		// incidents and SLAs the metrics report, and their availability, are the whole
		// story. Where an export has a group's incidents, those count and the reported
		// totals do not, so that nothing is counted twice.
		availability.values()
			.forEach((mean) -> merged.add(IncidentFigures.reported(mean.key(), mean.unitId(), mean.percent(),
					mean.incidents(), mean.slaMet(), mean.slaKnown())));
		return (unitId == null) ? merged : merged.stream().filter((figure) -> unitId.equals(figure.unitId())).toList();
	}

	/**
	 * How many period metrics name a business unit the directory lacks, against all.
	 * @return not attributed and all period metrics
	 */
	public AvailabilityCoverage availabilityCoverage() {
		return this.jdbc
			.sql("select sum(case when unit_id is null then 1 else 0 end), count(*) from servicemetrics_period_metric")
			.query((rs, n) -> new AvailabilityCoverage(rs.getLong(1), rs.getLong(2)))
			.single();
	}

	/**
	 * Period metrics for business units the directory lacks.
	 *
	 * @param unattributed period metrics whose business unit the directory lacks
	 * @param periods all period metrics
	 */
	public record AvailabilityCoverage(long unattributed, long periods) {
	}

	/**
	 * The mean availability per business unit or service of the period metrics that
	 * overlap a period, each weighted by its period's length.
	 */
	private Map<Object, Availability> availability(Grouping by, LocalDate from, LocalDate to) {
		String sql = (by == Grouping.BUSINESS_UNIT) ? """
				select u.name, m.unit_id, %s
				from servicemetrics_period_metric m left join directory_unit_name u on u.id = m.unit_id
				where m.period_start <= :to and m.period_end >= :from
				group by m.unit_id, u.name
				order by u.name
				""" : """
				select m.service, cast(null as bigint), %s
				from servicemetrics_period_metric m
				where m.period_start <= :to and m.period_end >= :from
				group by m.service
				order by m.service
				""";
		Map<Object, Availability> means = new LinkedHashMap<>();
		this.jdbc.sql(sql.formatted("""
				sum(cast(m.availability_percent as double precision) * m.period_days) / sum(m.period_days),
				  sum(m.incidents),
				  sum(cast(m.sla_met_percent as double precision) * m.incidents) / 100,
				  sum(case when m.sla_met_percent is not null then m.incidents end)"""))
			.param("from", (from != null) ? from : LocalDate.of(1900, 1, 1))
			.param("to", (to != null) ? to : LocalDate.of(9999, 12, 31))
			.query((rs, n) -> {
				Availability mean = new Availability(rs.getString(1), rs.getObject(2, Long.class), rs.getDouble(3),
						rs.getLong(4), Math.round(rs.getDouble(5)), rs.getLong(6));
				return means.put((by == Grouping.BUSINESS_UNIT) ? mean.unitId() : mean.key(), mean);
			})
			.list();
		return means;
	}

	/**
	 * What the period metrics of a business unit or service report.
	 *
	 * @param key the business unit's name or the service
	 * @param unitId the business unit
	 * @param percent the mean availability, weighted by the periods' lengths
	 * @param incidents the incidents they report, 0 when none says
	 * @param slaMet of the incidents of the periods that report their SLAs, those met
	 * @param slaKnown the incidents of the periods that report their SLAs
	 */
	private record Availability(String key, Long unitId, double percent, long incidents, long slaMet, long slaKnown) {
	}

	/**
	 * How many incidents no rule attributes to a business unit, against all.
	 * @return unattributed and all incidents
	 */
	public Coverage coverage() {
		return this.jdbc.sql("select sum(case when u.id is null then 1 else 0 end), count(*) " + ATTRIBUTED)
			.query((rs, n) -> new Coverage(rs.getLong(1), rs.getLong(2)))
			.single();
	}

	/**
	 * Incidents no rule attributes yet.
	 *
	 * @param unattributed incidents without a business unit
	 * @param incidents all incidents
	 */
	public record Coverage(long unattributed, long incidents) {
	}

	/**
	 * The attribution rules, by dimension and value.
	 * @return the rules
	 */
	public List<AttributionRule> rules() {
		return this.jdbc.sql("""
				select r.id, r.dimension, r.match_value, r.unit_id, u.name
				from servicemetrics_rule r join directory_unit_name u on u.id = r.unit_id
				order by r.dimension, r.match_value
				""")
			.query((rs, n) -> new AttributionRule(rs.getLong(1), AttributionRule.Dimension.valueOf(rs.getString(2)),
					rs.getString(3), rs.getLong(4), rs.getString(5)))
			.list();
	}

	/**
	 * The values of a dimension on incidents that no rule attributes, most frequent
	 * first.
	 * @param dimension the dimension
	 * @param limit how many values at most
	 * @return the values and how many incidents have each
	 */
	public List<AttributionRule.Unmatched> unmatched(AttributionRule.Dimension dimension, int limit) {
		String column = "i." + dimension.column();
		return this.jdbc.sql(
				"select %s, count(*) %s where u.id is null and %s is not null group by %s order by count(*) desc, %s limit :limit"
					.formatted(column, ATTRIBUTED, column, column, column))
			.param("limit", limit)
			.query((rs, n) -> new AttributionRule.Unmatched(rs.getString(1), rs.getLong(2)))
			.list();
	}

	/**
	 * Adds a rule.
	 * @param dimension what it matches
	 * @param value the value it matches
	 * @param unitId the business unit it attributes to
	 * @return the rule
	 * @throws InvalidInputException naming the field at fault
	 * @throws AlreadyExistsException when a rule matches the value already
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public AttributionRule addRule(AttributionRule.Dimension dimension, String value, Long unitId) {
		if (dimension == null) {
			throw new InvalidInputException("dimension", "servicemetrics.rule.dimension-required");
		}
		String match = (value != null) ? value.strip() : "";
		if (match.isEmpty()) {
			throw new InvalidInputException("value", "servicemetrics.rule.value-required");
		}
		if (match.length() > IncidentReader.MAX_TEXT) {
			throw new InvalidInputException("value", "servicemetrics.rule.value-too-long", IncidentReader.MAX_TEXT);
		}
		if (unitId == null) {
			throw new InvalidInputException("unitId", "servicemetrics.rule.unit-required");
		}
		OrgUnitSummary unit;
		try {
			unit = this.directory.unit(unitId);
		}
		catch (NotFoundException ex) {
			throw new InvalidInputException("unitId", "servicemetrics.rule.unit-unknown", unitId);
		}
		if (unit.kind() != UnitKind.BUSINESS_UNIT) {
			throw new InvalidInputException("unitId", "servicemetrics.rule.not-business-unit", unit.name());
		}
		KeyHolder key = new GeneratedKeyHolder();
		try {
			this.jdbc.sql("""
					insert into servicemetrics_rule (dimension, match_value, unit_id, created_at, created_by)
					values (:dimension, :value, :unit, :at, :by)
					""")
				.param("dimension", dimension.name())
				.param("value", match)
				.param("unit", unitId)
				.param("at", LocalDateTime.now(this.clock))
				.param("by", Actor.current())
				.update(key, "id");
		}
		catch (DuplicateKeyException ex) {
			throw new AlreadyExistsException("value", ex, "servicemetrics.rule.exists", match);
		}
		return new AttributionRule(key.getKey().longValue(), dimension, match, unitId, unit.name());
	}

	/**
	 * Removes a rule; its incidents fall to the next rule that matches them, or to none.
	 * @param id the rule
	 * @throws NotFoundException when there is no such rule
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void removeRule(long id) {
		if (this.jdbc.sql("delete from servicemetrics_rule where id = :id").param("id", id).update() == 0) {
			throw new NotFoundException("AttributionRule", id);
		}
	}

	private static String label(Grouping by, Object key) {
		if (key == null) {
			return null;
		}
		return switch (by) {
			case MONTH -> {
				int value = ((Number) key).intValue();
				yield String.format("%d-%02d", value / 100, value % 100);
			}
			case QUARTER -> {
				int value = ((Number) key).intValue();
				yield (value / 10) + "-Q" + (value % 10);
			}
			default -> key.toString();
		};
	}

	private static Double hours(Object seconds) {
		return (seconds != null) ? ((Number) seconds).doubleValue() / 3600 : null;
	}

}
