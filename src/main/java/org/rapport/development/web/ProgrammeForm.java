package org.rapport.development.web;

import org.rapport.development.ProgrammeDraft;

/**
 * The form that opens a mentoring programme.
 */
public class ProgrammeForm {

	private String name;

	private String description;

	ProgrammeDraft draft() {
		return new ProgrammeDraft(this.name, this.description);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
