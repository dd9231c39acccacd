package org.rapport.health;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rapport.directory.UnitKind;
import org.rapport.relationships.RelationshipFilter;
import org.rapport.relationships.RelationshipManagement;
import org.rapport.relationships.RelationshipSummary;
import org.rapport.relationships.Tier;
import org.rapport.relationships.Viewer;
import org.rapport.shared.Cursor;
import org.rapport.shared.KeysetPage;
import org.rapport.shared.MessageArguments;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The health API: a relationship's score explained, the alerts for the caller, and the
 * portfolio seen through its health. Everyone sees what the relationships module lets
 * them read; alerts go to those who answer for a relationship: its owner and
 * participants, the leaders of its group and those who steer the portfolio.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class HealthManagement {

	/** How many weeks of history pages show. */
	static final int HISTORY_WEEKS = 26;

	private static final String ROWS = """
			select r.id, c.name as counterpart_name, r.kind, r.it_group_id, g.name as it_group_name, r.owner_id,
			       o.name as owner_name, r.tier, r.last_contact_on, h.score, h.band
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

	private final MessageSource messages;

	HealthManagement(RelationshipManagement relationships, HealthRecorder recorder, JdbcClient jdbc, Clock clock,
			HealthSettings settings, MessageSource messages) {
		this.settings = settings;
		this.messages = messages;
		this.relationships = relationships;
		this.recorder = recorder;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A relationship's health as of today, each component explained, with its weekly
	 * history.
	 * @param relationshipId the relationship
	 * @return the health
	 */
	public Health health(long relationshipId) {
		this.relationships.requireReadable(relationshipId);
		return this.recorder.live(relationshipId)
			.withHistory(history(List.of(relationshipId)).getOrDefault(relationshipId, List.of()));
	}

	/**
	 * The alerts on the relationships the caller answers for, the most pressing kinds
	 * first.
	 * @param relationshipId only this relationship's alerts, or {@code null} for all
	 * @return the alerts
	 */
	public List<Alert> alerts(Long relationshipId) {
		Viewer viewer = this.relationships.viewer();
		return alerts(viewer, viewer.involved("r"), relationshipId);
	}

	/**
	 * The alerts on the caller's own relationships: those they own or take part in and
	 * those of the groups they lead, whatever their role.
	 * @return the alerts
	 */
	public List<Alert> myAlerts() {
		Viewer viewer = this.relationships.viewer();
		return alerts(viewer, viewer.own("r"), null);
	}

	private List<Alert> alerts(Viewer viewer, String scope, Long relationshipId) {
		return this.jdbc.sql("""
				select a.type, a.relationship_id, c.name as counterpart_name, g.name as group_name, r.owner_id,
				       o.name as owner_name, a.code, a.arguments,
				       a.raised_on
				from health_alert a
				join relationships_portfolio r on r.id = a.relationship_id
				join directory_unit_name g on g.id = r.it_group_id
				join directory_unit_name c on c.id = r.counterpart_id
				join directory_person_name o on o.id = r.owner_id
				where %s and %s
				order by case a.type when 'DETRACTOR' then 0 when 'SCORE_FALLING' then 1
				         when 'COMMITMENT_OVERDUE' then 2 else 3 end, a.raised_on, a.relationship_id
				limit 1000
				""".formatted(scope, (relationshipId != null) ? "a.relationship_id = :relationship" : "1 = 1"))
			.params(viewer.params())
			.param("relationship", (relationshipId != null) ? relationshipId : -1L)
			.query((rs, n) -> {
				String name = RelationshipSummary.name(rs.getString("counterpart_name"), rs.getString("group_name"));
				String code = rs.getString("code");
				List<Object> arguments = MessageArguments.decode(rs.getString("arguments"));
				// The API's message is rendered in the server's locale; pages render the
				// code
				// in the reader's.
				String message = this.messages.getMessage(code, Alert.messageArguments(name, arguments),
						Locale.getDefault());
				return new Alert(AlertType.valueOf(rs.getString("type")), rs.getLong("relationship_id"), name,
						rs.getLong("owner_id"), rs.getString("owner_name"), code, arguments, message,
						rs.getObject("raised_on", LocalDate.class));
			})
			.list();
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
	 * The roll-up of the relationships the caller may read by owner: those whose
	 * relationships need them most first.
	 * @param limit how many owners to show, 1 to 1,000
	 * @return the owners and the totals
	 */
	public Accountability accountability(int limit) {
		Viewer viewer = this.relationships.viewer();
		String readable = viewer.readable("r");
		List<OwnerStanding> owners = this.jdbc.sql("""
				select r.owner_id, o.name as owner_name, count(*) as relationships,
				       sum(case when h.band = 'AT_RISK' then 1 else 0 end) as at_risk,
				       sum(case when h.band = 'WATCH' then 1 else 0 end) as watch,
				       sum(case when h.band = 'HEALTHY' then 1 else 0 end) as healthy,
				       avg(case when h.band <> 'NEW' then h.score end) as average
				from relationships_portfolio r
				join directory_person_name o on o.id = r.owner_id
				left join health_score h on h.relationship_id = r.id
				where %s
				group by r.owner_id, o.name
				order by at_risk desc, watch desc, coalesce(avg(case when h.band <> 'NEW' then h.score end), 101),
				         o.name, r.owner_id
				limit :limit""".formatted(readable))
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
			.sql("select count(distinct r.owner_id), count(*) from relationships_portfolio r where " + readable)
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
				select relationship_id, week_on, score, band from health_history
				where relationship_id in (:ids) and week_on >= :from and band <> 'NEW'
				order by relationship_id, week_on""").param("ids", ids).param("from", firstWeek()).query((rs) -> {
			histories.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
				.add(new WeekScore(rs.getObject(2, LocalDate.class), rs.getInt(3), Band.valueOf(rs.getString(4))));
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
		where.addAll(new RelationshipFilter(filter.kind(), filter.tier(), filter.ownerId(), filter.itGroupId())
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
					List.copyOf(alerts.getOrDefault(r.id(), List.of()))))
			.toList();
	}

	private PortfolioRow row(ResultSet rs, int rowNum) throws SQLException {
		int score = rs.getInt("score");
		boolean scored = !rs.wasNull();
		String band = rs.getString("band");
		return new PortfolioRow(rs.getLong("id"), rs.getString("counterpart_name"),
				UnitKind.valueOf(rs.getString("kind")), rs.getLong("it_group_id"), rs.getString("it_group_name"),
				rs.getLong("owner_id"), rs.getString("owner_name"), Tier.valueOf(rs.getString("tier")),
				rs.getObject("last_contact_on", LocalDate.class), scored ? score : null,
				(band != null) ? Band.valueOf(band) : null, List.of());
	}

}
