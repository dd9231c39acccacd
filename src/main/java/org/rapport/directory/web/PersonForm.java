package org.rapport.directory.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.rapport.directory.PersonSummary;

/**
 * The person form. The manager is named by employee id or email, as people know them.
 */
public class PersonForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 64)
	private String employeeId;

	@Email
	@Size(max = 320)
	private String email;

	@Size(max = 200)
	private String title;

	private Long unitId;

	@Size(max = 320)
	private String managerRef;

	private boolean inIt;

	/** The version of the person the form was filled from, for a change made over it. */
	private Long version;

	static PersonForm of(PersonSummary person, PersonSummary manager) {
		PersonForm form = new PersonForm();
		form.name = person.name();
		form.employeeId = person.employeeId();
		form.email = person.email();
		form.title = person.title();
		form.unitId = person.unitId();
		form.inIt = person.inIt();
		form.version = person.version();
		if (manager != null) {
			form.managerRef = manager.reference();
		}
		return form;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmployeeId() {
		return this.employeeId;
	}

	public void setEmployeeId(String employeeId) {
		this.employeeId = employeeId;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public String getManagerRef() {
		return this.managerRef;
	}

	public void setManagerRef(String managerRef) {
		this.managerRef = managerRef;
	}

	public boolean isInIt() {
		return this.inIt;
	}

	public void setInIt(boolean inIt) {
		this.inIt = inIt;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
