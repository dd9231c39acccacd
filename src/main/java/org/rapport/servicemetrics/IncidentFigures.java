package org.rapport.servicemetrics;

/**
 * The incident figures of one group: a business unit, location, assignment group,
 * priority, service or period.
 *
 * @param key what the group has in common, {@code null} for incidents without it (for
 * business units: those no rule attributes)
 * @param unitId the business unit when grouped by business unit, else {@code null}
 * @param incidents the incidents opened in the period
 * @param slaMet those resolved within their SLA target
 * @param slaMetPercent {@code slaMet} of the incidents whose SLA outcome is known, in
 * percent; {@code null} when none is
 * @param meanResolutionHours the mean time from opened to resolved, over the resolved
 * @param medianResolutionHours the median of that time
 * @param p90ResolutionHours the time within which nine in ten were resolved
 * @param reopenRatePercent the incidents reopened at least once, in percent
 * @param availabilityPercent for business units and services: the mean availability of
 * the period metrics that overlap the period, each weighted by its period's length in
 * days; {@code null} where there is none, and for the other groupings
 */
public record IncidentFigures(String key, Long unitId, long incidents, long slaMet, Double slaMetPercent,
		Double meanResolutionHours, Double medianResolutionHours, Double p90ResolutionHours, double reopenRatePercent,
		Double availabilityPercent) {

	/**
	 * A group with period metrics and no incidents in the period.
	 * @param key the business unit's name or the service
	 * @param unitId the business unit, {@code null} for services and for business units
	 * the directory lacks
	 * @param availabilityPercent the mean availability
	 * @return the figures
	 */
	static IncidentFigures availabilityOnly(String key, Long unitId, double availabilityPercent) {
		return new IncidentFigures(key, unitId, 0, 0, null, null, null, null, 0, availabilityPercent);
	}

	IncidentFigures withAvailability(Double percent) {
		return new IncidentFigures(this.key, this.unitId, this.incidents, this.slaMet, this.slaMetPercent,
				this.meanResolutionHours, this.medianResolutionHours, this.p90ResolutionHours, this.reopenRatePercent,
				percent);
	}

}
