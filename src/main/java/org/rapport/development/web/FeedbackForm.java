package org.rapport.development.web;

import java.util.HashMap;
import java.util.Map;

import org.rapport.development.FeedbackAnswers;

/**
 * A rater's answers on the page behind their link: a level, or 0 for not observed, and a
 * comment per competency.
 */
public class FeedbackForm {

	private Map<String, Integer> scores = new HashMap<>();

	private Map<String, String> comments = new HashMap<>();

	FeedbackAnswers answers() {
		return new FeedbackAnswers(this.scores, this.comments);
	}

	public Map<String, Integer> getScores() {
		return this.scores;
	}

	public void setScores(Map<String, Integer> scores) {
		this.scores = scores;
	}

	public Map<String, String> getComments() {
		return this.comments;
	}

	public void setComments(Map<String, String> comments) {
		this.comments = comments;
	}

}
