package org.rapport.health;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rapport.commitments.CommitmentManagement;
import org.rapport.directory.DirectoryManagement;
import org.rapport.directory.PersonSummary;
import org.rapport.directory.UnitKind;
import org.rapport.relationships.RelationshipFilter;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipSummary;
import org.rapport.relationships.Tier;
import org.rapport.relationships.Viewer;
import org.rapport.shared.Actor;
import org.rapport.shared.Cursor;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.KeysetPage;
import org.rapport.shared.NotFoundException;
import org.rapport.shared.StaleVersionException;
import org.rapport.shared.StateConflictException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The health API: a relationship's score explained, the alerts for the caller and what
 * they do about them, and the portfolio seen through its health. Everyone sees what the
 * relationships module lets them read; alerts go to those who answer for a relationship
 * (its owner and participants, the leaders of its group and those who steer the
 * portfolio) and to the person each is assigned to. Who acts on an alert is the rule of
 * {@link HealthAlert#actionableBy}: the relationship's owner, the assignee and those who
 * steer the portfolio.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class HealthManagement {

	/** How many weeks of history pages show. */
	static final int HISTORY_WEEKS = 26;

	/** The longest note an alert is acknowledged with. */
	public static final int NOTE_MAX = HealthAlert.NOTE_MAX;

	/** How many days ahead an alert may be snoozed at most. */
	public static final int SNOOZE_MAX_DAYS = HealthAlert.SNOOZE_MAX_DAYS;

	private static final String ROWS = """
			select r.id, c.name as counterpart_name, r.kind, r.it_group_id, g.name as it_group_name, r.owner_id,
			       o.name as owner_name, r.tier, r.last_contact_on, r.ended_at, h.score, h.band
			from relationships_portfolio r
			join directory_unit_name g on g.id = r.it_group_id
			join directory_unit_name c on c.id = r.counterpart_id
			join directory_person_name o on o.id = r.owner_id
			left join health_score h on h.relationship_id = r.id
			""";

	private final RelationshipManagement relationships;

	private final HealthRecorder recorder;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final HealthSettings settings;

	private final AlertQueries alerts;

	private final HealthAlertRepository handling;

	private final DirectoryManagement directory;

	private final CommitmentManagement commitments;

	private final ApplicationEventPublisher events;

	HealthManagement(RelationshipManagement relationships, HealthRecorder recorder, JdbcClient jdbc, Clock clock,
			HealthSettings settings, AlertQueries alerts, HealthAlertRepository handling, DirectoryManagement directory,
			CommitmentManagement commitments, ApplicationEventPublisher events) {
		this.settings = settings;
		this.relationships = relationships;
		this.recorder = recorder;
		this.jdbc = jdbc;
		this.clock = clock;
		this.alerts = alerts;
		this.handling = handling;
		this.directory = directory;
		this.commitments = commitments;
		this.events = events;
	}

	/**
	 * A relationship's health as of today, each component explained, with its weekly
	 * history and each component's value week by week. An ended relationship is not
	 * scored any more: its health is the one it had the day it ended, with its history.
	 * @param relationshipId the relationship
	 * @return the health
	 */
	public Health health(long relationshipId) {
		RelationshipSummary relationship = this.relationships.relationship(relationshipId);
		Health health = relationship.ended() ? this.recorder.asOf(relationshipId, relationship.endedOn())
				: this.recorder.live(relationshipId);
		return health.withHistory(history(List.of(relationshipId)).getOrDefault(relationshipId, List.of()));
	}

	/**
	 * A relationship's health in brief, for the header of its page: its stored score and
	 * band (none for an ended relationship), how many of the alerts the caller sees on it
	 * are open, and the commitment due next.
	 * @param relationshipId the relationship
	 * @return the status
	 */
	public HealthStatus status(long relationshipId) {
		this.relationships.requireReadable(relationshipId);
		HealthStatus.NextDue next = this.commitments.nextDue(relationshipId)
			.map((c) -> new HealthStatus.NextDue(c.id(), c.description(), c.dueOn(), c.overdue()))
			.orElse(null);
		long open = this.alerts
			.counts(this.relationships.viewer(),
					new AlertFilter(relationshipId, null, Set.of(AlertState.OPEN), null, false, null), today())
			.values()
			.stream()
			.mapToLong(Long::longValue)
			.sum();
		return this.jdbc.sql("select score, band from health_score where relationship_id = :id")
			.param("id", relationshipId)
			.query((rs, n) -> new HealthStatus(relationshipId, rs.getInt(1), Band.valueOf(rs.getString(2)), open, next))
			.optional()
			.orElseGet(() -> new HealthStatus(relationshipId, null, null, open, next));
	}

	/**
	 * Every standing alert on the relationships the caller answers for or on one of them,
	 * whatever its state, the most pressing kinds first.
	 * @param relationshipId only this relationship's alerts, or {@code null} for all
	 * @return at most 1,000 alerts
	 */
	public List<Alert> alerts(Long relationshipId) {
		AlertFilter filter = (relationshipId != null) ? AlertFilter.everyStateOf(relationshipId)
				: new AlertFilter(null, null, EnumSet.allOf(AlertState.class), null, false, null);
		return this.alerts.page(this.relationships.viewer(), AlertQueries.Scope.INVOLVED, filter, null, 1000, today())
			.items();
	}

	/**
	 * The alerts the caller sees: those of the relationships they answer for and those
	 * assigned to them, filtered, the most pressing kinds first and the oldest first
	 * within a kind.
	 * @param filter which alerts; open ones unless it says otherwise
	 * @param after the cursor of the page before, or {@code null}
	 * @param size the page size, 1 to 200
	 * @return one page
	 */
	public KeysetPage<Alert> alerts(AlertFilter filter, String after, Integer size) {
		return this.alerts.page(this.relationships.viewer(), AlertQueries.Scope.INVOLVED, filter, Cursor.decode(after),
				Cursor.pageSize(size), today());
	}

	/**
	 * How many alerts of each type the caller sees through a filter, whatever type the
	 * filter asks for.
	 * @param filter which alerts
	 * @return the count per type, every type present, the most pressing first
	 */
	public Map<AlertType, Long> alertCounts(AlertFilter filter) {
		return this.alerts.counts(this.relationships.viewer(), filter, today());
	}

	/**
	 * One alert the caller sees.
	 * @param id the alert
	 * @return the alert
	 * @throws NotFoundException when it does not stand (any more) or is out of reach
	 */
	public Alert alert(long id) {
		return this.alerts.alert(this.relationships.viewer(), id, today())
			.orElseThrow(() -> new NotFoundException("Alert", id));
	}

	/**
	 * The open alerts on the caller's own relationships (those they own or take part in
	 * and those of the groups they lead, whatever their role) and those assigned to them.
	 * @return at most 200 alerts, the most pressing first
	 */
	public List<Alert> myAlerts() {
		return this.alerts
			.page(this.relationships.viewer(), AlertQueries.Scope.OWN, AlertFilter.open(), null, 200, today())
			.items();
	}

	/**
	 * Acknowledges an alert with a note: someone has seen it and deals with it. It stays
	 * acknowledged for as long as its condition holds, and leaves the open alerts. Of two
	 * acknowledgements made at once, one wins and the other is refused.
	 * @param id the alert
	 * @param note what is being done about it, up to {@value #NOTE_MAX} characters
	 * @param version the version the change was made over, or {@code null} when the
	 * caller does not say
	 * @return the alert after the change
	 * @throws InvalidInputException naming {@code note} for a missing or too long note
	 * @throws StateConflictException when it is acknowledged already
	 * @throws StaleVersionException when it changed since that version, or someone else
	 * changed it at the same time
	 */
	@Transactional
	public Alert acknowledge(long id, String note, Long version) {
		HealthAlert alert = actionable(id, version);
		alert.acknowledge(note, Actor.current(), LocalDateTime.now(this.clock));
		this.handling.save(alert);
		this.events.publishEvent(new AlertAcknowledged(id, alert.getRelationshipId(), alert.getType(),
				alert.getAcknowledgedNote(), Actor.current(), this.clock.instant()));
		return alert(id);
	}

	/**
	 * Puts an alert aside until a day after today, at most {@value #SNOOZE_MAX_DAYS} days
	 * ahead; on that day it is open again, if its condition still holds. A snoozed alert
	 * may be snoozed again to another day.
	 * @param id the alert
	 * @param until the day it comes back
	 * @param version the version the change was made over, or {@code null}
	 * @return the alert after the change
	 * @throws InvalidInputException naming {@code until} for a day that is not ahead or
	 * too far ahead
	 * @throws StateConflictException when it is acknowledged
	 * @throws StaleVersionException when it changed since that version, or someone else
	 * changed it at the same time
	 */
	@Transactional
	public Alert snooze(long id, LocalDate until, Long version) {
		HealthAlert alert = actionable(id, version);
		LocalDate previous = alert.getSnoozedUntil();
		alert.snooze(until, today());
		this.handling.save(alert);
		this.events.publishEvent(new AlertSnoozed(id, alert.getRelationshipId(), alert.getType(), until, previous,
				Actor.current(), this.clock.instant()));
		return alert(id);
	}

	/**
	 * Assigns an alert to a person in IT, who then finds it among their alerts and may
	 * act on it.
	 * @param id the alert
	 * @param personId the person
	 * @param version the version the change was made over, or {@code null}
	 * @return the alert after the change
	 * @throws InvalidInputException naming {@code personId} for someone unknown or
	 * outside IT
	 * @throws StaleVersionException when it changed since that version, or someone else
	 * changed it at the same time
	 */
	@Transactional
	public Alert assign(long id, Long personId, Long version) {
		HealthAlert alert = actionable(id, version);
		PersonSummary person = personInIt(personId);
		Long previous = alert.assign(person.id());
		if (!Long.valueOf(person.id()).equals(previous)) {
			this.handling.save(alert);
			this.events.publishEvent(new AlertAssigned(id, alert.getRelationshipId(), alert.getType(), person.id(),
					previous, Actor.current(), this.clock.instant()));
		}
		return alert(id);
	}

	/**
	 * The alert, if the caller sees it and may act on it.
	 * @throws NotFoundException when it does not stand or the caller does not see it
	 * @throws AccessDeniedException when the caller sees it but may not act on it
	 */
	private HealthAlert actionable(long id, Long version) {
		Alert seen = alert(id);
		if (!seen.actionable()) {
			throw new AccessDeniedException(
					"Only the relationship's owner, the assignee and those who steer the portfolio act on an alert");
		}
		HealthAlert alert = this.handling.findById(id).orElseThrow(() -> new NotFoundException("Alert", id));
		StaleVersionException.check("Alert", id, version, alert.getVersion());
		return alert;
	}

	private PersonSummary personInIt(Long personId) {
		PersonSummary person;
		try {
			person = (personId != null) ? this.directory.person(personId) : null;
		}
		catch (NotFoundException ex) {
			person = null;
		}
		if (person == null) {
			throw new InvalidInputException("personId", "error.alert.assignee-unknown");
		}
		if (!person.inIt()) {
			throw new InvalidInputException("personId", "error.alert.assignee-outside-it", person.name());
		}
		return person;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * The relationships the caller may read, with their health, filtered and sorted.
	 * @param filter which relationships
	 * @param sort in which order
	 * @param after the cursor of the page before, or {@code null}
	 * @param size the page size
	 * @return one page
	 */
	public KeysetPage<PortfolioRow> portfolio(PortfolioFilter filter, PortfolioSort sort, String after, Integer size) {
		int limit = Cursor.pageSize(size);
		Cursor cursor = Cursor.decode(after);
		Map<String, Object> params = new LinkedHashMap<>();
		List<String> where = conditions(filter, params);
		String key = switch (sort) {
			case HEALTH -> "coalesce(h.score, -1)";
			case NAME -> "c.name";
			case LAST_CONTACT -> "coalesce(r.last_contact_on, date '1900-01-01')";
			case OWNER -> "o.name";
		};
		if (cursor != null) {
			where.add("(" + key + ", r.id) > (:afterKey, :afterId)");
			params.put("afterKey", key(sort, cursor));
			params.put("afterId", cursor.id());
		}
		params.put("limit", limit + 1);
		List<PortfolioRow> rows = this.jdbc
			.sql(ROWS + " where " + String.join(" and ", where) + " order by " + key + ", r.id limit :limit")
			.params(params)
			.query(this::row)
			.list();
		return KeysetPage.of(withAlerts(rows), limit, (row) -> new Cursor(switch (sort) {
			case HEALTH -> String.valueOf((row.score() != null) ? row.score() : -1);
			case NAME -> row.counterpartName();
			case LAST_CONTACT ->
				String.valueOf((row.lastContactOn() != null) ? row.lastContactOn() : LocalDate.of(1900, 1, 1));
			case OWNER -> row.ownerName();
		}, row.id()));
	}

	private static Object key(PortfolioSort sort, Cursor cursor) {
		try {
			return switch (sort) {
				case HEALTH -> Integer.valueOf(cursor.key());
				case LAST_CONTACT -> cursor.day();
				default -> cursor.key();
			};
		}
		catch (RuntimeException ex) {
			// A cursor from another order, or one a client made up.
			throw Cursor.invalid();
		}
	}

	/**
	 * How many of the relationships a filter shows fall in each band, whatever band the
	 * filter asks for.
	 * @param filter which relationships
	 * @return the count per band, every band present
	 */
	public Map<Band, Long> bandCounts(PortfolioFilter filter) {
		Map<String, Object> params = new LinkedHashMap<>();
		List<String> where = conditions(filter.withoutBand(), params);
		Map<Band, Long> counts = new EnumMap<>(Band.class);
		for (Band band : Band.values()) {
			counts.put(band, 0L);
		}
		this.jdbc.sql("""
				select h.band, count(*) from relationships_portfolio r
				join health_score h on h.relationship_id = r.id
				where %s group by h.band""".formatted(String.join(" and ", where))).params(params).query((rs) -> {
			counts.put(Band.valueOf(rs.getString(1)), rs.getLong(2));
		});
		return counts;
	}

	/**
	 * The health of the relationships the caller may read at a glance: bands by kind, the
	 * weakest relationships, the weekly trend and the standing alerts.
	 * @return the glance
	 */
	public Glance glance() {
		Viewer viewer = this.relationships.viewer();
		String readable = viewer.readable("r");
		Map<UnitKind, Map<Band, Long>> byKind = new EnumMap<>(UnitKind.class);
		for (UnitKind kind : UnitKind.values()) {
			Map<Band, Long> bands = new EnumMap<>(Band.class);
			for (Band band : Band.values()) {
				bands.put(band, 0L);
			}
			byKind.put(kind, bands);
		}
		this.jdbc.sql("""
				select r.kind, h.band, count(*) from relationships_portfolio r
				join health_score h on h.relationship_id = r.id
				where %s group by r.kind, h.band""".formatted(readable)).params(viewer.params()).query((rs) -> {
			byKind.computeIfAbsent(UnitKind.valueOf(rs.getString(1)), (k) -> new EnumMap<>(Band.class))
				.put(Band.valueOf(rs.getString(2)), rs.getLong(3));
		});
		List<PortfolioRow> worstRows = portfolio(PortfolioFilter.none(), PortfolioSort.HEALTH, null, 8).items()
			.stream()
			.filter((row) -> row.score() != null && row.band().scored())
			.toList();
		List<Long> worstIds = worstRows.stream().map(PortfolioRow::id).toList();
		Map<Long, Health> live = new HashMap<>();
		this.recorder.live(worstIds).forEach((health) -> live.put(health.relationshipId(), health));
		Map<Long, List<WeekScore>> histories = history(worstIds);
		List<Glance.Worst> worst = worstRows.stream()
			.map((row) -> new Glance.Worst(row,
					live.get(row.id()).withHistory(histories.getOrDefault(row.id(), List.of()))))
			.toList();
		List<Glance.WeekAverage> trend = viewer.portfolio() ? portfolioTrend()
				: this.jdbc.sql("""
						select w.week_on, avg(w.score), sum(case when w.band = 'AT_RISK' then 1 else 0 end), count(*)
						from health_history w join relationships_portfolio r on r.id = w.relationship_id
						where w.week_on >= :from and w.band <> 'NEW' and %s
						group by w.week_on order by w.week_on""".formatted(readable))
					.params(viewer.params())
					.param("from", firstWeek())
					.query((rs, n) -> new Glance.WeekAverage(rs.getObject(1, LocalDate.class), rs.getDouble(2),
							rs.getLong(3), rs.getLong(4)))
					.list();
		Map<AlertType, Long> alerts = new EnumMap<>(AlertType.class);
		for (AlertType type : AlertType.values()) {
			alerts.put(type, 0L);
		}
		this.jdbc.sql("""
				select a.type, count(*) from health_alert a join relationships_portfolio r on r.id = a.relationship_id
				where %s group by a.type""".formatted(readable)).params(viewer.params()).query((rs) -> {
			alerts.put(AlertType.valueOf(rs.getString(1)), rs.getLong(2));
		});
		return new Glance(byKind, worst, trend, alerts);
	}

	/**
	 * The roll-up of the active relationships the caller may read by owner: those whose
	 * relationships need them most first.
	 * @param limit how many owners to show, 1 to 1,000
	 * @return the owners and the totals
	 */
	public Accountability accountability(int limit) {
		Viewer viewer = this.relationships.viewer();
		String readable = viewer.readable("r");
		String active = RelationshipFilter.State.ACTIVE.condition("r");
		List<OwnerStanding> owners = this.jdbc.sql("""
				select r.owner_id, o.name as owner_name, count(*) as relationships,
				       sum(case when h.band = 'AT_RISK' then 1 else 0 end) as at_risk,
				       sum(case when h.band = 'WATCH' then 1 else 0 end) as watch,
				       sum(case when h.band = 'HEALTHY' then 1 else 0 end) as healthy,
				       avg(case when h.band <> 'NEW' then h.score end) as average
				from relationships_portfolio r
				join directory_person_name o on o.id = r.owner_id
				left join health_score h on h.relationship_id = r.id
				where %s and %s
				group by r.owner_id, o.name
				order by at_risk desc, watch desc, coalesce(avg(case when h.band <> 'NEW' then h.score end), 101),
				         o.name, r.owner_id
				limit :limit""".formatted(readable, active))
			.params(viewer.params())
			.param("limit", Math.max(1, Math.min(limit, 1000)))
			.query((rs, n) -> {
				double average = rs.getDouble("average");
				Integer rounded = rs.wasNull() ? null : (int) Math.round(average);
				return new OwnerStanding(rs.getLong("owner_id"), rs.getString("owner_name"),
						rs.getLong("relationships"), rs.getLong("at_risk"), rs.getLong("watch"), rs.getLong("healthy"),
						rounded);
			})
			.list();
		return this.jdbc
			.sql("select count(distinct r.owner_id), count(*) from relationships_portfolio r where " + readable
					+ " and " + active)
			.params(viewer.params())
			.query((rs, n) -> new Accountability(owners, rs.getLong(1), rs.getLong(2)))
			.single();
	}

	/**
	 * The lowest score in a band.
	 * @param band the band
	 * @return its floor
	 */
	public int floor(Band band) {
		return switch (band) {
			case AT_RISK -> 0;
			case WATCH -> this.settings.bands().watch();
			case HEALTHY -> this.settings.bands().healthy();
			case NEW -> throw new IllegalArgumentException("A new relationship's band has no floor");
		};
	}

	/**
	 * The people who own relationships the caller may read, by name.
	 * @return at most 500 owners
	 */
	public List<OwnerOption> owners() {
		Viewer viewer = this.relationships.viewer();
		return this.jdbc.sql("""
				select o.id, o.name from directory_person_name o
				where o.id in (select r.owner_id from relationships_portfolio r where %s)
				order by o.name, o.id limit 500""".formatted(viewer.readable("r")))
			.params(viewer.params())
			.query((rs, n) -> new OwnerOption(rs.getLong(1), rs.getString(2)))
			.list();
	}

	/**
	 * Recomputes every relationship's health now, as the daily run does.
	 * @return how many relationships
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public int recomputeAll() {
		return this.recorder.recomputeAll();
	}

	/**
	 * Rebuilds the weekly history of the past weeks from the record, for data that was
	 * imported with its past.
	 * @param weeks how many weeks back, at most two years
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void backfill(int weeks) {
		this.recorder.backfill(Math.max(1, Math.min(104, weeks)));
	}

	/**
	 * The whole portfolio's weekly trend, from the weekly totals.
	 */
	private List<Glance.WeekAverage> portfolioTrend() {
		return this.jdbc.sql("""
				select week_on, score_sum, scored, at_risk from health_week
				where week_on >= :from and scored > 0 order by week_on""")
			.param("from", firstWeek())
			.query((rs, n) -> new Glance.WeekAverage(rs.getObject(1, LocalDate.class),
					(double) rs.getLong(2) / rs.getInt(3), rs.getLong(4), rs.getLong(3)))
			.list();
	}

	private Map<Long, List<WeekScore>> history(List<Long> ids) {
		Map<Long, List<WeekScore>> histories = new HashMap<>();
		if (ids.isEmpty()) {
			return histories;
		}
		this.jdbc.sql("""
				select relationship_id, week_on, score, band, %s from health_history
				where relationship_id in (:ids) and week_on >= :from and band <> 'NEW'
				order by relationship_id, week_on""".formatted(WeekComponents.COLUMNS))
			.param("ids", ids)
			.param("from", firstWeek())
			.query((rs) -> {
				histories.computeIfAbsent(rs.getLong("relationship_id"), (k) -> new ArrayList<>())
					.add(WeekComponents.weekScore(rs));
			});
		return histories;
	}

	private LocalDate firstWeek() {
		return HealthInputsReader.weekOf(LocalDate.now(this.clock)).minusWeeks(HISTORY_WEEKS - 1);
	}

	private List<String> conditions(PortfolioFilter filter, Map<String, Object> params) {
		Viewer viewer = this.relationships.viewer();
		List<String> where = new ArrayList<>();
		where.add(viewer.readable("r"));
		params.putAll(viewer.params());
		if (filter.mine()) {
			where.add(viewer.own("r"));
		}
		where.addAll(new RelationshipFilter(filter.kind(), filter.tier(), filter.ownerId(), filter.itGroupId(),
				filter.state())
			.conditions("r", params));
		if (filter.band() != null) {
			where.add("r.id in (select b.relationship_id from health_score b where b.band = :band)");
			params.put("band", filter.band().name());
		}
		if (filter.alert() != null) {
			where.add("r.id in (select a.relationship_id from health_alert a where a.type = :alert)");
			params.put("alert", filter.alert().name());
		}
		return where;
	}

	private List<PortfolioRow> withAlerts(List<PortfolioRow> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, List<AlertType>> alerts = new HashMap<>();
		this.jdbc.sql("select relationship_id, type from health_alert where relationship_id in (:ids) order by type")
			.param("ids", rows.stream().map(PortfolioRow::id).toList())
			.query((rs) -> {
				alerts.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(AlertType.valueOf(rs.getString(2)));
			});
		return rows.stream()
			.map((r) -> new PortfolioRow(r.id(), r.counterpartName(), r.kind(), r.itGroupId(), r.itGroupName(),
					r.ownerId(), r.ownerName(), r.tier(), r.lastContactOn(), r.score(), r.band(),
					List.copyOf(alerts.getOrDefault(r.id(), List.of())), r.endedOn()))
			.toList();
	}

	private PortfolioRow row(ResultSet rs, int rowNum) throws SQLException {
		int score = rs.getInt("score");
		boolean scored = !rs.wasNull();
		String band = rs.getString("band");
		Timestamp endedAt = rs.getTimestamp("ended_at");
		return new PortfolioRow(rs.getLong("id"), rs.getString("counterpart_name"),
				UnitKind.valueOf(rs.getString("kind")), rs.getLong("it_group_id"), rs.getString("it_group_name"),
				rs.getLong("owner_id"), rs.getString("owner_name"), Tier.valueOf(rs.getString("tier")),
				rs.getObject("last_contact_on", LocalDate.class), scored ? score : null,
				(band != null) ? Band.valueOf(band) : null, List.of(),
				(endedAt != null) ? endedAt.toLocalDateTime().toLocalDate() : null);
	}

}
