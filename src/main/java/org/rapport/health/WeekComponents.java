package org.rapport.health;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The columns of {@code health_history} that keep each component's value in a week: one
 * column a component, named after it, holding its value from 0 to 100, or nothing when it
 * did not count.
 */
final class WeekComponents {

	/** The component columns, for a select list. */
	static final String COLUMNS = Stream.of(HealthComponent.values())
		.map(WeekComponents::column)
		.collect(Collectors.joining(", "));

	/** The component columns as named parameters, for an insert's values. */
	static final String PARAMETERS = Stream.of(HealthComponent.values())
		.map((component) -> ":" + column(component))
		.collect(Collectors.joining(", "));

	/** The component columns set from their named parameters, for an update. */
	static final String ASSIGNMENTS = Stream.of(HealthComponent.values())
		.map((component) -> column(component) + " = :" + column(component))
		.collect(Collectors.joining(", "));

	private WeekComponents() {
	}

	static String column(HealthComponent component) {
		return component.name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The value a component is kept as: its value from 0 to 1 as a whole number from 0 to
	 * 100.
	 */
	static int percent(double value) {
		return (int) Math.round(100 * value);
	}

	/**
	 * The components of a health as they are kept.
	 */
	static Map<HealthComponent, Integer> of(Health health) {
		Map<HealthComponent, Integer> values = new EnumMap<>(HealthComponent.class);
		health.components().forEach((component) -> values.put(component.name(), percent(component.value())));
		return values;
	}

	/**
	 * Adds a health's component values to the parameters of a write.
	 */
	static MapSqlParameterSource addTo(MapSqlParameterSource parameters, Health health) {
		Map<HealthComponent, Integer> values = of(health);
		for (HealthComponent component : HealthComponent.values()) {
			parameters.addValue(column(component), values.get(component), Types.SMALLINT);
		}
		return parameters;
	}

	/**
	 * A week's row of {@code health_history}, read with {@code week_on}, {@code score},
	 * {@code band} and {@link #COLUMNS}.
	 */
	static WeekScore weekScore(ResultSet rs) throws SQLException {
		return new WeekScore(rs.getObject("week_on", LocalDate.class), rs.getInt("score"),
				Band.valueOf(rs.getString("band")), read(rs));
	}

	static Map<HealthComponent, Integer> read(ResultSet rs) throws SQLException {
		Map<HealthComponent, Integer> values = new EnumMap<>(HealthComponent.class);
		for (HealthComponent component : HealthComponent.values()) {
			int value = rs.getInt(column(component));
			if (!rs.wasNull()) {
				values.put(component, value);
			}
		}
		return values;
	}

}
