package org.rapport.development;

/**
 * Why a competency is suggested to a person.
 *
 * @param source where the gap was seen
 * @param dimension the survey dimension that shows it, such as {@code EMPATHY};
 * {@code null} for a 360
 * @param rating the partners' mean rating in it; {@code null} for a 360
 * @param campaignName the survey's name; {@code null} for a 360
 */
public record GapReason(GapSource source, String dimension, Double rating, String campaignName) {
}
