package org.rapport.relationships.web;

import org.rapport.relationships.ClosureDraft;

/**
 * The form that ends a relationship, with the reason, over the version of the
 * relationship it was shown with. Its reason is held to the rule of {@link ClosureDraft},
 * as the API holds it.
 */
public class ClosureForm {

	private String reason;

	private Long version;

	ClosureForm() {
	}

	ClosureForm(Long version) {
		this.version = version;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	/**
	 * The ending the form asks for.
	 * @return the draft
	 */
	ClosureDraft draft() {
		return new ClosureDraft(this.reason);
	}

}
