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
 */
public record IncidentFigures(String key, Long unitId, long incidents, long slaMet, Double slaMetPercent,
		Double meanResolutionHours, Double medianResolutionHours, Double p90ResolutionHours, double reopenRatePercent) {
}
