package org.rapport.servicemetrics;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes period metrics in batches, one row per service, business unit and period: new
 * ones are inserted, those whose figures or unit changed are updated, the rest are left
 * as they are. Business unit names are matched to the directory's business units, in any
 * case and spacing; a name it lacks is kept as given and counted as not attributed.
 */
@Component
class PeriodMetricStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final Clock clock;

	PeriodMetricStore(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.clock = clock;
	}

	/**
	 * Waits until no other import or monitoring tool writes period metrics, for the rest
	 * of the caller's transaction.
	 */
	void lock() {
		this.jdbc.sql("select id from servicemetrics_import_lock where id = 2 for update")
			.query(Integer.class)
			.single();
	}

	/**
	 * Writes a batch. Run in the caller's transaction, after {@link #lock()}.
	 * @param source {@code generic} or {@code intake}
	 * @param importId the run, {@code null} for a monitoring tool's call
	 * @param metrics the metrics; of two with the same service, unit and period the later
	 * @return how the batch was written
	 */
	IncidentStore.Counts write(String source, Long importId, List<PeriodMetric> metrics) {
		Map<String, Unit> units = units(metrics);
		Map<Key, PeriodMetric> byKey = new LinkedHashMap<>();
		for (PeriodMetric metric : metrics) {
			PeriodMetric attributed = metric;
			if (metric.businessUnitId() == null) {
				Unit unit = units.get(nameKey(metric.businessUnit()));
				attributed = (unit != null) ? metric.forUnit(unit.id(), unit.name()) : metric;
			}
			byKey.put(Key.of(attributed), attributed);
		}
		Map<Key, Stored> stored = new HashMap<>();
		this.jdbc.sql("""
				select service, unit_name, period_start, period_end, unit_id, availability_percent, incidents,
				  sla_met_percent
				from servicemetrics_period_metric
				where service in (:services) and period_start in (:starts)
				""")
			.param("services", byKey.keySet().stream().map(Key::service).distinct().toList())
			.param("starts", byKey.keySet().stream().map(Key::periodStart).distinct().toList())
			.query((rs, n) -> stored.put(
					new Key(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
							rs.getObject(4, LocalDate.class)),
					new Stored(rs.getObject(5, Long.class), rs.getBigDecimal(6), rs.getObject(7, Integer.class),
							rs.getBigDecimal(8))))
			.list();
		List<PeriodMetric> inserts = new ArrayList<>();
		List<PeriodMetric> updates = new ArrayList<>();
		int unchanged = 0;
		for (Map.Entry<Key, PeriodMetric> entry : byKey.entrySet()) {
			Stored before = stored.get(entry.getKey());
			if (before == null) {
				inserts.add(entry.getValue());
			}
			else if (before.differsFrom(entry.getValue())) {
				updates.add(entry.getValue());
			}
			else {
				unchanged++;
			}
		}
		LocalDateTime now = LocalDateTime.now(this.clock);
		this.batch.batchUpdate("""
				insert into servicemetrics_period_metric (unit_id, period_days, availability_percent, incidents,
				  sla_met_percent, source, import_id, received_at, service, unit_name, period_start, period_end)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", inserts, IncidentReader.BATCH,
				(statement, metric) -> set(statement, metric, source, importId, now));
		this.batch.batchUpdate("""
				update servicemetrics_period_metric set unit_id = ?, period_days = ?, availability_percent = ?,
				  incidents = ?, sla_met_percent = ?, source = ?, import_id = ?, received_at = ?
				where service = ? and unit_name = ? and period_start = ? and period_end = ?
				""", updates, IncidentReader.BATCH,
				(statement, metric) -> set(statement, metric, source, importId, now));
		return new IncidentStore.Counts(inserts.size(), updates.size(), unchanged);
	}

	/**
	 * A row as it is stored.
	 * @param metric the metric whose service, unit and period name the row
	 * @param change what the last write did
	 * @return the row
	 */
	PeriodMetricSummary find(PeriodMetric metric, PeriodMetricSummary.Change change) {
		Map<String, Unit> units = (metric.businessUnitId() == null) ? units(List.of(metric)) : Map.of();
		Unit unit = units.get(nameKey(metric.businessUnit()));
		return this.jdbc.sql("""
				select id, service, unit_id, unit_name, period_start, period_end, availability_percent, incidents,
				  sla_met_percent, source, received_at
				from servicemetrics_period_metric
				where service = :service and unit_name = :unit and period_start = :start and period_end = :end
				""")
			.param("service", metric.service())
			.param("unit", (unit != null) ? unit.name() : metric.businessUnit())
			.param("start", metric.periodStart())
			.param("end", metric.periodEnd())
			.query((rs, n) -> new PeriodMetricSummary(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class),
					rs.getString(4), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
					rs.getBigDecimal(7), rs.getObject(8, Integer.class), rs.getBigDecimal(9), rs.getString(10),
					rs.getTimestamp(11).toLocalDateTime(), change))
			.single();
	}

	private Map<String, Unit> units(List<PeriodMetric> metrics) {
		List<String> keys = metrics.stream()
			.filter((metric) -> metric.businessUnitId() == null)
			.map((metric) -> nameKey(metric.businessUnit()))
			.distinct()
			.toList();
		Map<String, Unit> units = new HashMap<>();
		if (keys.isEmpty()) {
			return units;
		}
		this.jdbc.sql("""
				select name_key, id, name from directory_unit_name
				where kind = 'BUSINESS_UNIT' and name_key in (:keys)
				""")
			.param("keys", keys)
			.query((rs, n) -> units.put(rs.getString(1), new Unit(rs.getLong(2), rs.getString(3))))
			.list();
		return units;
	}

	/** How the directory keys a unit's name: spacing collapsed, lower case. */
	static String nameKey(String name) {
		return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private static void set(PreparedStatement statement, PeriodMetric metric, String source, Long importId,
			LocalDateTime now) throws SQLException {
		statement.setObject(1, metric.businessUnitId(), Types.BIGINT);
		statement.setInt(2, metric.days());
		statement.setBigDecimal(3, metric.availabilityPercent());
		statement.setObject(4, metric.incidents(), Types.INTEGER);
		statement.setBigDecimal(5, metric.slaMetPercent());
		statement.setString(6, source);
		statement.setObject(7, importId, Types.BIGINT);
		statement.setTimestamp(8, Timestamp.valueOf(now));
		statement.setString(9, metric.service());
		statement.setString(10, metric.businessUnit());
		statement.setDate(11, Date.valueOf(metric.periodStart()));
		statement.setDate(12, Date.valueOf(metric.periodEnd()));
	}

	private record Key(String service, String unitName, LocalDate periodStart, LocalDate periodEnd) {

		static Key of(PeriodMetric metric) {
			return new Key(metric.service(), metric.businessUnit(), metric.periodStart(), metric.periodEnd());
		}

	}

	private record Stored(Long unitId, BigDecimal availability, Integer incidents, BigDecimal slaMet) {

		boolean differsFrom(PeriodMetric metric) {
			return !Objects.equals(this.unitId, metric.businessUnitId())
					|| this.availability.compareTo(metric.availabilityPercent()) != 0
					|| !Objects.equals(this.incidents, metric.incidents())
					|| !samePercent(this.slaMet, metric.slaMetPercent());
		}

		private static boolean samePercent(BigDecimal a, BigDecimal b) {
			return (a == null || b == null) ? a == b : a.compareTo(b) == 0;
		}

	}

	private record Unit(long id, String name) {
	}

}
