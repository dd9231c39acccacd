package org.rapport.servicemetrics;

/**
 * A rule that attributes incidents to a business unit: those whose caller, location,
 * assignment group or service has a value belong to the unit.
 *
 * @param id the rule
 * @param dimension what the rule matches
 * @param value the value it matches, exactly
 * @param unitId the business unit
 * @param unitName its name
 */
public record AttributionRule(long id, Dimension dimension, String value, long unitId, String unitName) {

	/**
	 * What a rule matches, in the order rules apply: an incident's caller first (a rule,
	 * else the caller's unit in the directory), then its location, its assignment group
	 * and its service.
	 */
	public enum Dimension {

		CALLER("caller"), LOCATION("location"), ASSIGNMENT_GROUP("assignment_group"), SERVICE("service");

		private final String column;

		Dimension(String column) {
			this.column = column;
		}

		/**
		 * The incident column the dimension matches.
		 * @return the column's name
		 */
		String column() {
			return this.column;
		}

	}

	/**
	 * Values of a dimension that no rule attributes yet, most frequent first.
	 *
	 * @param value the value
	 * @param incidents how many unattributed incidents have it
	 */
	public record Unmatched(String value, long incidents) {
	}

}
