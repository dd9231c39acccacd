package org.rapport.relationships.web;

import jakarta.validation.constraints.NotBlank;

/**
 * The form that hands a relationship to a new owner, named by employee id or email, over
 * the version of the relationship it was shown with.
 */
public class OwnerForm {

	@NotBlank(message = "{form.relationship.owner.required}")
	private String ownerRef;

	private Long version;

	public String getOwnerRef() {
		return this.ownerRef;
	}

	public void setOwnerRef(String ownerRef) {
		this.ownerRef = ownerRef;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
