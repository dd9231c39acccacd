package org.rapport.health.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.rapport.health.HealthManagement;

/**
 * The form that acknowledges an alert on the alerts page, with the note the API asks for
 * too.
 */
public class AcknowledgeForm {

	private Long alertId;

	@NotBlank(message = "{alerts.note.required}")
	@Size(max = HealthManagement.NOTE_MAX, message = "{alerts.note.too-long}")
	private String note;

	/**
	 * The alert the form was posted for, so that its errors show beside that alert.
	 * @return the alert, or {@code null} for a blank form
	 */
	public Long getAlertId() {
		return this.alertId;
	}

	public void setAlertId(Long alertId) {
		this.alertId = alertId;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
