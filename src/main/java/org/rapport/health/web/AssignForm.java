package org.rapport.health.web;

import jakarta.validation.constraints.NotBlank;

/**
 * The form that assigns an alert on the alerts page to a person in IT, named by employee
 * id or email like every person field of Rapport.
 */
public class AssignForm {

	private Long alertId;

	@NotBlank(message = "{alerts.assignee.required}")
	private String personRef;

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

	public String getPersonRef() {
		return this.personRef;
	}

	public void setPersonRef(String personRef) {
		this.personRef = personRef;
	}

}
