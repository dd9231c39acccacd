package org.rapport.development;

/**
 * What a person who attended a session thinks of it.
 *
 * @param rating from 1 (poor) to 5 (excellent)
 * @param comment what they would say to the next learner or the trainer, up to 1000
 * characters, optional
 */
public record FeedbackDraft(Integer rating, String comment) {

}
