package org.rapport.development.web;

import org.rapport.development.FeedbackDraft;

/**
 * The form in which a person who attended a session rates it.
 */
public class TrainingFeedbackForm {

	private Integer rating;

	private String comment;

	FeedbackDraft draft() {
		return new FeedbackDraft(this.rating, this.comment);
	}

	public Integer getRating() {
		return this.rating;
	}

	public void setRating(Integer rating) {
		this.rating = rating;
	}

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

}
