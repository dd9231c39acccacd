package org.rapport.recognition.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.rapport.recognition.NominationDraft;

/**
 * The page form that nominates a colleague; they are named by employee id or email.
 */
public class NominationForm {

	@NotBlank
	private String awardKey;

	@NotBlank
	private String nomineeRef;

	@NotBlank
	@Size(max = NominationDraft.MAX_REASON)
	private String reason;

	public String getAwardKey() {
		return this.awardKey;
	}

	public void setAwardKey(String awardKey) {
		this.awardKey = awardKey;
	}

	public String getNomineeRef() {
		return this.nomineeRef;
	}

	public void setNomineeRef(String nomineeRef) {
		this.nomineeRef = nomineeRef;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
