package org.rapport.directory;

/**
 * A person as lists and the API show them.
 *
 * @param id the person's id
 * @param name the person's name
 * @param employeeId the employee id from HR, may be {@code null}
 * @param email the email address, may be {@code null}
 * @param title the job title, may be {@code null}
 * @param unitId the unit the person works in, may be {@code null}
 * @param unitName the unit's name, may be {@code null}
 * @param managerId the person's manager, may be {@code null}
 * @param managerName the manager's name, may be {@code null}
 * @param inIt whether the person works in IT
 * @param version the version the person is at, for changes made over it
 */
public record PersonSummary(long id, String name, String employeeId, String email, String title, Long unitId,
		String unitName, Long managerId, String managerName, boolean inIt, long version) {

	/**
	 * How forms name the person: by employee id, or by email when there is none.
	 * @return the reference, {@code null} when the person has neither
	 */
	public String reference() {
		return (this.employeeId != null) ? this.employeeId : this.email;
	}

}
