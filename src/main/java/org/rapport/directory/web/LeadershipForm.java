package org.rapport.directory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.rapport.directory.Position;

/**
 * The form that assigns a position of the accountability chain; the person is named by
 * employee id or email.
 */
public class LeadershipForm {

	@NotNull
	private Position position;

	@NotBlank
	private String person;

	private boolean reportToCio;

	public Position getPosition() {
		return this.position;
	}

	public void setPosition(Position position) {
		this.position = position;
	}

	public String getPerson() {
		return this.person;
	}

	public void setPerson(String person) {
		this.person = person;
	}

	public boolean isReportToCio() {
		return this.reportToCio;
	}

	public void setReportToCio(boolean reportToCio) {
		this.reportToCio = reportToCio;
	}

}
