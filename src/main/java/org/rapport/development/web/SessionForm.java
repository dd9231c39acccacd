package org.rapport.development.web;

import java.time.LocalDate;

import org.rapport.development.SessionDraft;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form that logs a mentoring session.
 */
public class SessionForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate heldOn;

	private String note;

	SessionDraft draft() {
		return new SessionDraft(this.heldOn, this.note);
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public void setHeldOn(LocalDate heldOn) {
		this.heldOn = heldOn;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
