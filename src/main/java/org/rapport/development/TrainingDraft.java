package org.rapport.development;

import java.util.List;

/**
 * A course of the catalogue as entered on its page or in the API.
 *
 * @param title its title, up to 120 characters, unique in the catalogue
 * @param description what it teaches, up to 2000 characters
 * @param internal whether IT gives it itself; an external course names its provider
 * @param provider who gives it, up to 120 characters; required for an external course
 * @param format workshop, course or e-learning
 * @param durationMinutes how long it takes, in minutes, from 1 to 14400 (ten days)
 * @param competencies the keys of the framework's competencies it develops, at least one
 * @param active whether it is offered; {@code null} leaves it as it is (offered when new)
 */
public record TrainingDraft(String title, String description, Boolean internal, String provider, TrainingFormat format,
		Integer durationMinutes, List<String> competencies, Boolean active) {

}
