package org.rapport.development;

import java.util.List;

/**
 * A course of the catalogue as pages and the API show it.
 *
 * @param id the course
 * @param title its title
 * @param description what it teaches
 * @param internal whether IT gives it itself
 * @param provider who gives it, {@code null} for an internal course that names none
 * @param format how it is given
 * @param durationMinutes how long it takes
 * @param competencies the keys of the competencies it develops, in the framework's order
 * @param active whether it is offered: a retired course stays on what people completed
 * @param sessions its sessions: in the catalogue the next few still to start, on its own
 * the whole schedule, the latest to come last
 * @param averageRating the mean rating of its sessions by those who attended,
 * {@code null} before the first
 * @param ratings how many ratings the mean is of
 * @param version its version, the API's {@code ETag}
 */
public record TrainingSummary(long id, String title, String description, boolean internal, String provider,
		TrainingFormat format, int durationMinutes, List<String> competencies, boolean active,
		List<TrainingSessionSummary> sessions, Double averageRating, int ratings, long version) {

}
