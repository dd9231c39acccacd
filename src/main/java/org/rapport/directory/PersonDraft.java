package org.rapport.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What it takes to create or change a person.
 *
 * @param name the person's name
 * @param employeeId the employee id from HR, optional
 * @param email the email address, optional
 * @param title the job title, optional
 * @param unitId the unit the person works in, optional
 * @param managerId the person's manager, optional
 * @param inIt whether the person works in IT
 * @param version for a change, the version of the person it was made over; a person
 * changed since refuses it. {@code null} when the caller does not say
 */
public record PersonDraft(@NotBlank @Size(max = 200) String name, @Size(max = 64) String employeeId,
		@Email @Size(max = 320) String email, @Size(max = 200) String title, Long unitId, Long managerId, Boolean inIt,
		Long version) {

	public PersonDraft {
		inIt = Boolean.TRUE.equals(inIt);
	}

	public PersonDraft(String name, String employeeId, String email, String title, Long unitId, Long managerId,
			Boolean inIt) {
		this(name, employeeId, email, title, unitId, managerId, inIt, null);
	}

	/**
	 * The same draft made over a given version.
	 * @param version the version, or {@code null}
	 * @return the draft
	 */
	public PersonDraft over(Long version) {
		return new PersonDraft(this.name, this.employeeId, this.email, this.title, this.unitId, this.managerId,
				this.inIt, version);
	}

}
