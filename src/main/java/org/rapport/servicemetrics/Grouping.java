package org.rapport.servicemetrics;

import java.util.Arrays;

import org.rapport.shared.InvalidInputException;

/**
 * What incident figures are grouped by.
 */
public enum Grouping {

	BUSINESS_UNIT("business_unit"), LOCATION("location"), ASSIGNMENT_GROUP("assignment_group"), PRIORITY("priority"),
	SERVICE("service"), MONTH("month"), QUARTER("quarter");

	private final String key;

	Grouping(String key) {
		this.key = key;
	}

	/**
	 * The grouping's name in the API and on the page.
	 * @return the key
	 */
	public String key() {
		return this.key;
	}

	/**
	 * The grouping of a name.
	 * @param key the name, {@code null} or blank for business units
	 * @return the grouping
	 * @throws InvalidInputException naming {@code by} for an unknown name
	 */
	public static Grouping of(String key) {
		if (key == null || key.isBlank()) {
			return BUSINESS_UNIT;
		}
		return Arrays.stream(values())
			.filter((grouping) -> grouping.key.equals(key.strip()))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("by", "servicemetrics.by.unknown", key,
					Arrays.stream(values()).map(Grouping::key).toList().toString()));
	}

}
