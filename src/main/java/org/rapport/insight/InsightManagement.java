package org.rapport.insight;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rapport.directory.UnitKind;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipSummary;
import org.rapport.shared.InvalidInputException;
import org.rapport.servicemetrics.IncidentFigures;
import org.rapport.servicemetrics.ServiceMetrics;
import org.rapport.surveys.PerceptionMeasured;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The perception gap per quarter: technical figures from service metrics beside the
 * perception surveys measured, per business unit and relationship.
 */
@Service
@Transactional(readOnly = true)
public class InsightManagement {

	/** How far back a perception still stands: the quarter and the one before. */
	private static final int PERCEPTION_MONTHS = 6;

	private final JdbcClient jdbc;

	private final ServiceMetrics metrics;

	private final RelationshipManagement relationships;

	private final ExecutiveReport report;

	private final Thresholds thresholds;

	private final Clock clock;

	InsightManagement(JdbcClient jdbc, ServiceMetrics metrics, RelationshipManagement relationships,
			ExecutiveReport report, Thresholds thresholds, Clock clock) {
		this.jdbc = jdbc;
		this.report = report;
		this.relationships = relationships;
		this.metrics = metrics;
		this.thresholds = thresholds;
		this.clock = clock;
	}

	/**
	 * Keeps each perception a closed survey measured, in the transaction that closed it.
	 * @param measured what the survey measured for a relationship
	 */
	@EventListener
	@Transactional
	void on(PerceptionMeasured measured) {
		this.jdbc.sql("""
				insert into insight_perception (relationship_id, campaign_id, score, nps, responses, measured_on)
				values (:relationship, :campaign, :score, :nps, :responses, :on)
				on conflict do nothing
				""")
			.param("relationship", measured.relationshipId())
			.param("campaign", measured.campaignId())
			.param("score", measured.score())
			.param("nps", measured.nps())
			.param("responses", measured.responses())
			.param("on", measured.measuredOn())
			.update();
	}

	/**
	 * The quarter now.
	 * @return the current quarter
	 */
	public Period currentPeriod() {
		return Period.containing(LocalDate.now(this.clock));
	}

	/**
	 * The perception gap of a quarter, with the quarter before beside it.
	 * @param period the quarter
	 * @return every business unit with an active relationship to IT
	 */
	@PreAuthorize("@roleGroups.steersPortfolio()")
	public PerceptionGap gap(Period period) {
		return snapshot(period);
	}

	/**
	 * The perception gap of a quarter, for the reports the quarterly job keeps without a
	 * caller.
	 * @param period the quarter
	 * @return every business unit with an active relationship to IT
	 */
	PerceptionGap snapshot(Period period) {
		Map<Long, Side> now = sides(period);
		Map<Long, Side> before = sides(period.previous());
		List<PerceptionGap.Unit> units = new ArrayList<>();
		now.forEach((unitId, side) -> {
			Side earlier = before.get(unitId);
			Quadrant quadrant = Quadrant.of(side.technical(), side.perceived(), this.thresholds);
			units.add(new PerceptionGap.Unit(unitId, side.name(), side.incidents(), side.slaMet(), side.technical(),
					side.perceived(), side.nps(), side.responses(), quadrant,
					(side.technical() != null && side.perceived() != null) ? side.technical() - side.perceived() : null,
					quadrant == Quadrant.RELATIONSHIP_PROBLEM,
					(earlier != null) ? Quadrant.of(earlier.technical(), earlier.perceived(), this.thresholds)
							: Quadrant.NOT_MEASURED,
					(earlier != null) ? earlier.perceived() : null, (earlier != null) ? earlier.technical() : null,
					side.relationships()));
		});
		units.sort(Comparator.comparing(PerceptionGap.Unit::flagged)
			.reversed()
			.thenComparing((unit) -> (unit.gap() != null) ? -unit.gap() : Double.MAX_VALUE)
			.thenComparing(PerceptionGap.Unit::unitName));
		return new PerceptionGap(period.toString(), period.start(), period.end(), this.thresholds, units);
	}

	/**
	 * The perception gap quarter by quarter, up to a quarter.
	 * @param last the last quarter shown
	 * @param quarters how many quarters, from {@value PerceptionTrend#MIN_QUARTERS} to
	 * {@value PerceptionTrend#MAX_QUARTERS}
	 * @return every business unit with an active relationship to IT, with its two sides
	 * in each quarter
	 * @throws InvalidInputException naming {@code quarters} when out of range
	 */
	@PreAuthorize("@roleGroups.steersPortfolio()")
	public PerceptionTrend trend(Period last, int quarters) {
		if (quarters < PerceptionTrend.MIN_QUARTERS || quarters > PerceptionTrend.MAX_QUARTERS) {
			throw new InvalidInputException("quarters", "insight.trend.quarters", PerceptionTrend.MIN_QUARTERS,
					PerceptionTrend.MAX_QUARTERS);
		}
		return trendUpTo(last, quarters);
	}

	PerceptionTrend trendUpTo(Period last, int quarters) {
		List<Period> periods = new ArrayList<>();
		for (Period period = last; periods.size() < quarters; period = period.previous()) {
			periods.add(0, period);
		}
		List<Map<Long, Side>> sides = periods.stream().map(this::sides).toList();
		Map<Long, String> names = new HashMap<>();
		sides.forEach((quarter) -> quarter.forEach((unitId, side) -> names.put(unitId, side.name())));
		// The units of the last quarter, as the gap lists them; a unit whose
		// relationships have all ended has no place in it.
		List<PerceptionTrend.Unit> units = sides.get(sides.size() - 1).keySet().stream().map((unitId) -> {
			List<PerceptionTrend.Quarter> row = new ArrayList<>();
			for (int i = 0; i < periods.size(); i++) {
				Side side = sides.get(i).get(unitId);
				Double technical = (side != null) ? side.technical() : null;
				Double perceived = (side != null) ? side.perceived() : null;
				row.add(new PerceptionTrend.Quarter(periods.get(i).toString(), technical, perceived,
						Quadrant.of(technical, perceived, this.thresholds)));
			}
			return new PerceptionTrend.Unit(unitId, names.get(unitId), List.copyOf(row));
		}).sorted(Comparator.comparing(PerceptionTrend.Unit::unitName, String.CASE_INSENSITIVE_ORDER)).toList();
		return new PerceptionTrend(periods.stream().map(Period::toString).toList(), this.thresholds, units);
	}

	/**
	 * The quarter's executive report as a PDF.
	 * @param period the quarter
	 * @param locale the reader's language
	 * @return the PDF
	 */
	@PreAuthorize("@roleGroups.steersPortfolio()")
	public byte[] report(Period period, java.util.Locale locale) {
		return this.report.pdf(snapshot(period), trendUpTo(period, PerceptionTrend.DEFAULT_QUARTERS),
				LocalDate.now(this.clock), locale);
	}

	/**
	 * A relationship's technical figures beside its perception, this quarter so far.
	 * @param relationshipId the relationship
	 * @return its two sides, empty when its counterpart is not a business unit
	 * @throws org.rapport.shared.NotFoundException when the caller may not read it
	 */
	@PreAuthorize("isAuthenticated()")
	public Optional<RelationshipGap> relationshipGap(long relationshipId) {
		RelationshipSummary relationship = this.relationships.relationship(relationshipId);
		if (relationship.kind() != UnitKind.BUSINESS_UNIT) {
			return Optional.empty();
		}
		Period period = currentPeriod();
		Optional<IncidentFigures> figures = this.metrics.unitFigures(relationship.counterpartId(), period.start(),
				period.end());
		PerceptionGap.Relationship perceived = this.jdbc.sql("""
				select score, nps, responses, measured_on from insight_perception
				where relationship_id = :id and measured_on >= :since and measured_on <= :to
				order by measured_on desc, campaign_id desc limit 1
				""")
			.param("id", relationshipId)
			.param("since", period.end().plusDays(1).minusMonths(PERCEPTION_MONTHS))
			.param("to", period.end())
			.query((rs, n) -> new PerceptionGap.Relationship(relationshipId, relationship.name(), rs.getInt(1),
					(Integer) rs.getObject(2, Integer.class), rs.getLong(3), rs.getDate(4).toLocalDate()))
			.optional()
			.orElse(null);
		Double technical = figures.map(IncidentFigures::slaMetPercent).orElse(null);
		Double perception = (perceived != null) ? perceived.perceivedScore().doubleValue() : null;
		Quadrant quadrant = Quadrant.of(technical, perception, this.thresholds);
		return Optional.of(new RelationshipGap(period.toString(), relationship.counterpartName(),
				figures.map(IncidentFigures::incidents).orElse(0L), technical,
				figures.map(IncidentFigures::medianResolutionHours).orElse(null),
				(perceived != null) ? perceived.perceivedScore() : null, (perceived != null) ? perceived.nps() : null,
				(perceived != null) ? perceived.responses() : 0, (perceived != null) ? perceived.measuredOn() : null,
				quadrant, quadrant == Quadrant.RELATIONSHIP_PROBLEM));
	}

	private Map<Long, Side> sides(Period period) {
		LocalDate since = period.end().plusDays(1).minusMonths(PERCEPTION_MONTHS);
		Map<Long, Side> units = new LinkedHashMap<>();
		Map<Long, List<PerceptionGap.Relationship>> relationships = new HashMap<>();
		this.jdbc.sql("""
				select r.id, r.counterpart_id, u.name as unit_name, g.name as group_name, p.score, p.nps, p.responses,
				       p.measured_on
				from relationships_portfolio r
				join directory_unit_name u on u.id = r.counterpart_id and u.kind = 'BUSINESS_UNIT'
				join directory_unit_name g on g.id = r.it_group_id
				left join insight_perception p on p.relationship_id = r.id and p.measured_on = (
				  select max(q.measured_on) from insight_perception q
				  where q.relationship_id = r.id and q.measured_on >= :since and q.measured_on <= :to)
				where r.ended_at is null
				order by u.name_key, g.name_key, r.id, p.campaign_id desc
				""").param("since", since).param("to", period.end()).query((rs, n) -> {
			long unitId = rs.getLong("counterpart_id");
			String unitName = rs.getString("unit_name");
			units.computeIfAbsent(unitId, (id) -> new Side(unitName));
			List<PerceptionGap.Relationship> list = relationships.computeIfAbsent(unitId, (id) -> new ArrayList<>());
			long id = rs.getLong("id");
			if (list.stream().noneMatch((relationship) -> relationship.id() == id)) {
				list.add(new PerceptionGap.Relationship(id,
						RelationshipSummary.name(rs.getString("unit_name"), rs.getString("group_name")),
						(Integer) rs.getObject("score", Integer.class), (Integer) rs.getObject("nps", Integer.class),
						rs.getLong("responses"),
						(rs.getDate("measured_on") != null) ? rs.getDate("measured_on").toLocalDate() : null));
			}
			return id;
		}).list();
		Map<Long, IncidentFigures> technical = this.metrics.byUnit(period.start(), period.end());
		Map<Long, Side> sides = new LinkedHashMap<>();
		units.forEach((unitId, unit) -> sides.put(unitId,
				unit.with(technical.get(unitId), relationships.getOrDefault(unitId, List.of()))));
		return sides;
	}

	/** One business unit's two sides in a quarter. */
	private record Side(String name, long incidents, Double slaMet, Double technical, Double perceived, Integer nps,
			long responses, List<PerceptionGap.Relationship> relationships) {

		Side(String name) {
			this(name, 0, null, null, null, null, 0, List.of());
		}

		Side with(IncidentFigures figures, List<PerceptionGap.Relationship> relationships) {
			long responses = 0;
			double weighted = 0;
			long npsResponses = 0;
			double npsWeighted = 0;
			for (PerceptionGap.Relationship relationship : relationships) {
				if (relationship.perceivedScore() != null) {
					responses += relationship.responses();
					weighted += relationship.perceivedScore() * (double) relationship.responses();
					if (relationship.nps() != null) {
						npsResponses += relationship.responses();
						npsWeighted += relationship.nps() * (double) relationship.responses();
					}
				}
			}
			Double slaMet = (figures != null) ? figures.slaMetPercent() : null;
			return new Side(this.name, (figures != null) ? figures.incidents() : 0, slaMet, slaMet,
					(responses > 0) ? weighted / responses : null,
					(npsResponses > 0) ? (int) Math.round(npsWeighted / npsResponses) : null, responses,
					List.copyOf(relationships));
		}

	}

}
