package org.rapport.health.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form that snoozes an alert on the alerts page until a day; the service checks that
 * the day is ahead and not too far.
 */
public class SnoozeForm {

	private Long alertId;

	@NotNull(message = "{alerts.until.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate until;

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

	public LocalDate getUntil() {
		return this.until;
	}

	public void setUntil(LocalDate until) {
		this.until = until;
	}

}
