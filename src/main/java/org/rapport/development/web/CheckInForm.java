package org.rapport.development.web;

import org.rapport.development.CheckInDraft;

/**
 * The form in which a person checks in on a goal of their development plan.
 */
public class CheckInForm {

	private Integer progress;

	private String note;

	CheckInDraft draft() {
		return new CheckInDraft(this.progress, this.note);
	}

	public Integer getProgress() {
		return this.progress;
	}

	public void setProgress(Integer progress) {
		this.progress = progress;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
