package org.rapport.health;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.rapport.relationships.Stance;
import org.rapport.relationships.Tier;

/**
 * What a relationship's health is computed from, on one day.
 *
 * @param relationshipId the relationship
 * @param name the counterpart and the IT group, as alerts name the relationship
 * @param tier the tier
 * @param cadenceDays the days the tier allows between real contacts
 * @param asOf the day
 * @param establishedOn the day the relationship was established
 * @param lastContactOn the last real contact on or before that day, may be {@code null}
 * @param commitmentsDue commitments that fell due in the reliability window
 * @param keptOnTime of those, the ones kept by their due date
 * @param overdue commitments past their due date and still pending
 * @param overdueOlder of those, the ones due before the reliability window
 * @param keptAhead commitments kept on or before that day whose due date is still to
 * come, which count once it comes
 * @param oldestOverdue the description of the oldest of those, may be {@code null}
 * @param oldestOverdueDueOn its due date, may be {@code null}
 * @param stakeholders the stakeholders on the counterpart side
 * @param escalations escalations in the escalation window
 * @param perception the perception from surveys, 0 to 1, {@code null} without surveys
 * @param scoreWeeksAgo the score some weeks ago, for a falling score, may be {@code null}
 * @param componentsWeeksAgo the value of each component that counted then, from 0 to 100,
 * to tell which components fell; empty when they were not kept
 * @param service how IT served the counterpart business unit over the last quarter,
 * {@code null} for vendors, IT groups and units without incidents
 * @param partnersSaid a few of the partners' own words from the survey behind the
 * perception, in quotes, {@code null} when it let none be read
 */
record HealthInputs(long relationshipId, String name, Tier tier, long cadenceDays, LocalDate asOf,
		LocalDate establishedOn, LocalDate lastContactOn, int commitmentsDue, int keptOnTime, int overdue,
		int overdueOlder, int keptAhead, String oldestOverdue, LocalDate oldestOverdueDueOn,
		List<Stakeholder> stakeholders, int escalations, Double perception, Integer scoreWeeksAgo,
		Map<HealthComponent, Integer> componentsWeeksAgo, Service service, String partnersSaid) {

	HealthInputs(long relationshipId, String name, Tier tier, long cadenceDays, LocalDate asOf, LocalDate establishedOn,
			LocalDate lastContactOn, int commitmentsDue, int keptOnTime, int overdue, int overdueOlder, int keptAhead,
			String oldestOverdue, LocalDate oldestOverdueDueOn, List<Stakeholder> stakeholders, int escalations,
			Double perception, Integer scoreWeeksAgo, Map<HealthComponent, Integer> componentsWeeksAgo) {
		this(relationshipId, name, tier, cadenceDays, asOf, establishedOn, lastContactOn, commitmentsDue, keptOnTime,
				overdue, overdueOlder, keptAhead, oldestOverdue, oldestOverdueDueOn, stakeholders, escalations,
				perception, scoreWeeksAgo, componentsWeeksAgo, null, null);
	}

	/**
	 * How IT served the counterpart business unit over the last quarter.
	 *
	 * @param unitName the business unit
	 * @param incidents its incidents opened in the window
	 * @param slaMetPercent those resolved within their SLA, in percent
	 */
	record Service(String unitName, long incidents, double slaMetPercent) {
	}

	/**
	 * @param name the stakeholder's name
	 * @param role what they do, may be {@code null}
	 * @param influence 1 to 5
	 * @param stance where they stand
	 */
	record Stakeholder(String name, String role, int influence, Stance stance) {
	}

}
