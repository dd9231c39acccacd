package org.rapport.development.web;

import java.time.LocalDate;
import java.util.Map;

import org.rapport.development.CoachingSessionDraft;
import org.rapport.development.SessionDraft;
import org.rapport.shared.InvalidInputException;
import org.rapport.shared.StateConflictException;
import org.rapport.shared.web.FormErrors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/**
 * The form that logs a session of a mentoring pair or a coaching engagement.
 */
public class SessionForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate heldOn;

	private String note;

	/**
	 * The form as a page first offers it.
	 * @param day the day it proposes, today
	 * @return the form
	 */
	static SessionForm heldOn(LocalDate day) {
		SessionForm form = new SessionForm();
		form.setHeldOn(day);
		return form;
	}

	SessionDraft draft() {
		return new SessionDraft(this.heldOn, this.note);
	}

	CoachingSessionDraft coachingDraft() {
		return new CoachingSessionDraft(this.heldOn, this.note);
	}

	/**
	 * Logs the session when the form bound. A refusal goes on the form: beside its field,
	 * or above the form when the pair or engagement has ended.
	 * @param result the binding of this form
	 * @param logging what logs the session
	 * @return whether it was logged
	 */
	static boolean logged(BindingResult result, Runnable logging) {
		if (result.hasErrors()) {
			return false;
		}
		try {
			logging.run();
			return true;
		}
		catch (InvalidInputException ex) {
			FormErrors.reject(result, ex, Map.of());
		}
		catch (StateConflictException ex) {
			result.reject(ex.getCode(), ex.getArguments(), null);
		}
		return false;
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
