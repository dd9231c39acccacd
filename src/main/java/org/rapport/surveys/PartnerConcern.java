package org.rapport.surveys;

import java.time.LocalDate;

/**
 * A dimension in which the partners of the relationships a person owns rated IT low in a
 * closed campaign: below their minimum in a service quality survey, or on the wrong side
 * of the middle of the scale in a trust assessment.
 *
 * @param kind service quality or trust
 * @param dimension such as {@code EMPATHY} or {@code SELF_ORIENTATION}
 * @param rating the partners' mean rating (perceived, for service quality)
 * @param campaignId the campaign
 * @param campaignName its name
 * @param closesOn its last day
 */
public record PartnerConcern(TemplateKind kind, String dimension, double rating, long campaignId, String campaignName,
		LocalDate closesOn) {
}
