package org.rapport.servicemetrics;

/**
 * The incident figures of one group: a business unit, location, assignment group,
 * priority, service or period.
 *
 * @param key what the group has in common, {@code null} for incidents without it (for
 * business units: those no rule attributes)
 * @param unitId the business unit when grouped by business unit, else {@code null}
 * @param incidents the incidents opened in the period; for a business unit or service
 * whose incidents no export holds, those its period metrics report
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
	 * A group with period metrics and no incidents of its own in the period: the figures
	 * the metrics report.
	 * @param key the business unit's name or the service
	 * @param unitId the business unit, {@code null} for services and for business units
	 * the directory lacks
	 * @param availabilityPercent the mean availability
	 * @param incidents the incidents the metrics report, 0 when none does
	 * @param slaMet of those whose SLA outcome they report, those met
	 * @param slaKnown those whose SLA outcome they report
	 * @return the figures, without resolution times or reopens, which metrics do not
	 * report
	 */
	static IncidentFigures reported(String key, Long unitId, double availabilityPercent, long incidents, long slaMet,
			long slaKnown) {
		return new IncidentFigures(key, unitId, incidents, slaMet, (slaKnown > 0) ? slaMet * 100.0 / slaKnown : null,
				null, null, null, 0, availabilityPercent);
	}

	IncidentFigures withAvailability(Double percent) {
		return new IncidentFigures(this.key, this.unitId, this.incidents, this.slaMet, this.slaMetPercent,
				this.meanResolutionHours, this.medianResolutionHours, this.p90ResolutionHours, this.reopenRatePercent,
				percent);
	}

}
