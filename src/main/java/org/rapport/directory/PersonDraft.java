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
 */
public record PersonDraft(@NotBlank @Size(max = 200) String name, @Size(max = 64) String employeeId,
		@Email @Size(max = 320) String email, @Size(max = 200) String title, Long unitId, Long managerId,
		Boolean inIt) {

	public PersonDraft {
		inIt = Boolean.TRUE.equals(inIt);
	}

}
