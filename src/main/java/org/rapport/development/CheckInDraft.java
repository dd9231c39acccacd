package org.rapport.development;

/**
 * A check-in on a goal of a development plan.
 *
 * @param progress how far the goal is reached, 0 to 100 per cent
 * @param note what happened since the last check-in; may be {@code null}
 */
public record CheckInDraft(Integer progress, String note) {

}
