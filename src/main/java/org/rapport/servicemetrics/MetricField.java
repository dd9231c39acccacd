package org.rapport.servicemetrics;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the columns of a generic metric CSV can be read as: one row per service, business
 * unit and period.
 */
public enum MetricField {

	/** The service the figures are of. Required. */
	SERVICE("service", true),
	/** The business unit it served, by name. Required. */
	BUSINESS_UNIT("businessUnit", true),
	/**
	 * The period: a month ({@code 2026-03}), a quarter ({@code 2026-Q1}) or days
	 * ({@code 2026-03-01..2026-03-31}, both included). Required.
	 */
	PERIOD("period", true),
	/** The service's availability in the period, a percent from 0 to 100. Required. */
	AVAILABILITY("availability", true),
	/** How many incidents it had, a whole number. */
	INCIDENTS("incidents", false),
	/** The share of its incidents resolved within their SLA, a percent from 0 to 100. */
	SLA_MET("slaMet", false);

	private final String key;

	private final boolean required;

	MetricField(String key, boolean required) {
		this.key = key;
		this.required = required;
	}

	/**
	 * The field's name in a mapping.
	 * @return the key
	 */
	public String key() {
		return this.key;
	}

	/**
	 * Whether every file must have the field's column.
	 * @return {@code true} when it must
	 */
	public boolean required() {
		return this.required;
	}

	static Optional<MetricField> ofKey(String key) {
		return Arrays.stream(values()).filter((field) -> field.key.equals(key)).findFirst();
	}

}
