package org.rapport.development;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.OrgUnitSummary;
import org.rapport.directory.UnitKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coverage: how much of IT has a development plan, a training completed in the last year,
 * a coach or mentor, a 360 in the last year and a relationship it owns or takes part in;
 * for all of IT at the end of each of the last four quarters and today, and for each IT
 * group with the groups below it, today beside the end of the last quarter. The measure
 * of "everyone in IT does relationship management". Every day counts the people in IT
 * today, in their group today, as their development stood then: the directory keeps no
 * date of joining, so the trend shows how today's IT came to where it is. A
 * relationship's current owner and participants stand for those it had, as the portfolio
 * keeps no history of participants.
 */
@Service
@Transactional(readOnly = true)
public class DevelopmentCoverage {

	/** How many ended quarters the trend goes back. */
	static final int QUARTERS = 4;

	private final JdbcClient jdbc;

	private final DirectoryManagement directory;

	private final Clock clock;

	DevelopmentCoverage(JdbcClient jdbc, DirectoryManagement directory, Clock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * The coverage the caller may see: all of IT for everyone who oversees the portfolio,
	 * every IT group for those who steer it, and the groups an IT leader leads for them.
	 * @return the coverage
	 */
	@PreAuthorize("@roleGroups.overseesPortfolio()")
	public CoverageReport coverage() {
		LocalDate today = LocalDate.now(this.clock);
		List<LocalDate> days = new ArrayList<>();
		LocalDate quarterStart = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
		for (int back = QUARTERS; back >= 1; back--) {
			days.add(quarterStart.minusMonths(3L * (back - 1)).minusDays(1));
		}
		days.add(today);

		List<OrgUnitSummary> groups = visibleGroups();
		Map<Long, List<Long>> rollsUpTo = rollsUpTo(this.directory.unitsOf(UnitKind.IT_GROUP));
		List<CoveragePoint> trend = new ArrayList<>();
		Map<Long, CoverageFigures> before = Map.of();
		Map<Long, CoverageFigures> now = Map.of();
		for (LocalDate day : days) {
			List<PersonCoverage> people = measure(day);
			int[] counts = new int[CoverageMeasure.values().length];
			people.forEach((person) -> person.addTo(counts));
			trend.add(new CoveragePoint(day.equals(today) ? null : quarter(day), day,
					CoverageFigures.of(people.size(), counts)));
			if (day.equals(days.get(QUARTERS - 1))) {
				before = byGroup(people, rollsUpTo);
			}
			if (day.equals(today)) {
				now = byGroup(people, rollsUpTo);
			}
		}
		Map<Long, Integer> depths = depths(groups);
		List<GroupCoverage> rows = new ArrayList<>();
		for (OrgUnitSummary group : inTreeOrder(groups)) {
			rows.add(new GroupCoverage(group.id(), group.name(),
					depths.containsKey(group.parentId()) ? group.parentId() : null, depths.get(group.id()),
					now.getOrDefault(group.id(), CoverageFigures.of(0, new int[CoverageMeasure.values().length])),
					before.getOrDefault(group.id(), CoverageFigures.of(0, new int[CoverageMeasure.values().length]))));
		}
		return new CoverageReport(today, trend.get(trend.size() - 1).figures(), List.copyOf(trend), List.copyOf(rows));
	}

	/**
	 * What each person in IT today had on a day.
	 */
	private List<PersonCoverage> measure(LocalDate day) {
		LocalDateTime after = day.plusDays(1).atStartOfDay();
		LocalDateTime yearBefore = day.minusYears(1).plusDays(1).atStartOfDay();
		return this.jdbc.sql("""
				select p.id, p.unit_id,
				  case when exists (select 1 from development_plan d
				    join development_plan_goal g on g.plan_id = d.id
				    where d.person_id = p.id and g.created_at < :after) then 1 else 0 end,
				  case when exists (select 1 from development_enrolment e
				    join development_session s on s.id = e.session_id
				    where e.person_id = p.id and e.attendance = 'ATTENDED'
				      and s.starts_at >= :yearBefore and s.starts_at < :after) then 1 else 0 end,
				  case when exists (select 1 from development_coaching c
				    where c.coachee_id = p.id and c.started_on <= :day
				      and (c.ended_on is null or c.ended_on > :day))
				    or exists (select 1 from development_mentoring_pair m
				    join development_mentoring_programme g on g.id = m.programme_id
				    where m.mentee_id = p.id and m.state in ('ACTIVE', 'CLOSED') and g.published_at < :after
				      and (m.closed_at is null or m.closed_at >= :after)) then 1 else 0 end,
				  case when exists (select 1 from development_feedback_round f
				    where f.subject_id = p.id and f.state = 'CLOSED'
				      and f.closed_at >= :yearBefore and f.closed_at < :after) then 1 else 0 end,
				  case when exists (select 1 from relationships_portfolio r
				    where r.owner_id = p.id and r.created_at < :after
				      and (r.ended_at is null or r.ended_at >= :after))
				    or exists (select 1 from relationships_viewer_scope v
				    join relationships_portfolio r on r.id = v.relationship_id
				    where v.person_id = p.id and r.created_at < :after
				      and (r.ended_at is null or r.ended_at >= :after)) then 1 else 0 end
				from directory_it_person p
				""").param("after", after).param("yearBefore", yearBefore).param("day", day).query((rs, n) -> {
			int flags = 0;
			for (CoverageMeasure measure : CoverageMeasure.values()) {
				if (rs.getInt(3 + measure.ordinal()) == 1) {
					flags |= 1 << measure.ordinal();
				}
			}
			long unit = rs.getLong(2);
			return new PersonCoverage(rs.wasNull() ? null : unit, flags);
		}).list();
	}

	private static Map<Long, CoverageFigures> byGroup(List<PersonCoverage> people, Map<Long, List<Long>> rollsUpTo) {
		Map<Long, int[]> counts = new HashMap<>();
		Map<Long, Integer> sizes = new HashMap<>();
		for (PersonCoverage person : people) {
			for (long group : rollsUpTo.getOrDefault(person.unitId(), List.of())) {
				person.addTo(counts.computeIfAbsent(group, (key) -> new int[CoverageMeasure.values().length]));
				sizes.merge(group, 1, Integer::sum);
			}
		}
		Map<Long, CoverageFigures> figures = new HashMap<>();
		counts.forEach((group, count) -> figures.put(group, CoverageFigures.of(sizes.get(group), count)));
		return figures;
	}

	/**
	 * Each IT group and the IT groups above it, whose coverage its people count in.
	 */
	private static Map<Long, List<Long>> rollsUpTo(List<OrgUnitSummary> groups) {
		Map<Long, Long> parents = new HashMap<>();
		groups.forEach((group) -> parents.put(group.id(), group.parentId()));
		Map<Long, List<Long>> chains = new HashMap<>();
		for (OrgUnitSummary group : groups) {
			List<Long> chain = new ArrayList<>();
			for (Long at = group.id(); at != null && parents.containsKey(at)
					&& !chain.contains(at); at = parents.get(at)) {
				chain.add(at);
			}
			chains.put(group.id(), chain);
		}
		return chains;
	}

	private List<OrgUnitSummary> visibleGroups() {
		List<OrgUnitSummary> groups = this.directory.unitsOf(UnitKind.IT_GROUP);
		if (Caller.steers()) {
			return groups;
		}
		Long person = Caller.person();
		Long unit = (person != null) ? this.directory.person(person).unitId() : null;
		Set<Long> led = (unit != null) ? this.directory.unitAndDescendants(unit) : Set.of();
		return groups.stream().filter((group) -> led.contains(group.id())).toList();
	}

	/**
	 * How deep each group sits below the visible groups above it.
	 */
	private static Map<Long, Integer> depths(List<OrgUnitSummary> groups) {
		Map<Long, OrgUnitSummary> byId = new HashMap<>();
		groups.forEach((group) -> byId.put(group.id(), group));
		Map<Long, Integer> depths = new HashMap<>();
		for (OrgUnitSummary group : groups) {
			int depth = 0;
			for (Long at = group.parentId(); at != null && byId.containsKey(at)
					&& depth < groups.size(); at = byId.get(at).parentId()) {
				depth++;
			}
			depths.put(group.id(), depth);
		}
		return depths;
	}

	/**
	 * The groups depth first, each followed by the groups inside it, siblings by name.
	 */
	private static List<OrgUnitSummary> inTreeOrder(List<OrgUnitSummary> groups) {
		Map<Long, OrgUnitSummary> byId = new HashMap<>();
		groups.forEach((group) -> byId.put(group.id(), group));
		Map<Long, List<OrgUnitSummary>> children = new HashMap<>();
		List<OrgUnitSummary> tops = new ArrayList<>();
		for (OrgUnitSummary group : groups) {
			if (group.parentId() != null && byId.containsKey(group.parentId())) {
				children.computeIfAbsent(group.parentId(), (key) -> new ArrayList<>()).add(group);
			}
			else {
				tops.add(group);
			}
		}
		List<OrgUnitSummary> ordered = new ArrayList<>();
		addInOrder(tops, children, ordered);
		return ordered;
	}

	private static void addInOrder(List<OrgUnitSummary> level, Map<Long, List<OrgUnitSummary>> children,
			List<OrgUnitSummary> ordered) {
		level.stream()
			.sorted(Comparator.comparing(OrgUnitSummary::name, String.CASE_INSENSITIVE_ORDER))
			.forEach((group) -> {
				ordered.add(group);
				addInOrder(children.getOrDefault(group.id(), List.of()), children, ordered);
			});
	}

	private static String quarter(LocalDate end) {
		return end.getYear() + "-Q" + ((end.getMonthValue() - 1) / 3 + 1);
	}

	/**
	 * A person in IT on a day: their IT group and the measures that count them.
	 */
	private record PersonCoverage(Long unitId, int flags) {

		void addTo(int[] counts) {
			for (CoverageMeasure measure : CoverageMeasure.values()) {
				if ((this.flags & (1 << measure.ordinal())) != 0) {
					counts[measure.ordinal()]++;
				}
			}
		}

	}

}
