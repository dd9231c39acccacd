package org.rapport.commitments.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.rapport.commitments.CommitmentSummary;
import org.rapport.directory.PersonSummary;

/**
 * The form that corrects a pending commitment's description and owner, opened from its
 * row, over the version of the commitment it was shown with; the owner is named by
 * employee id or email.
 */
public class AmendmentForm {

	/** The commitment the form edits, so that it opens below its row. */
	private long commitmentId;

	@NotBlank
	@Size(max = 1000)
	private String description;

	@NotBlank
	private String ownerRef;

	private Long version;

	/**
	 * The form filled from the commitment as it is stored.
	 * @param commitment the commitment
	 * @param owner who keeps it
	 */
	static AmendmentForm of(CommitmentSummary commitment, PersonSummary owner) {
		AmendmentForm form = new AmendmentForm();
		form.commitmentId = commitment.id();
		form.description = commitment.description();
		form.ownerRef = owner.reference();
		form.version = commitment.version();
		return form;
	}

	public long getCommitmentId() {
		return this.commitmentId;
	}

	void setCommitmentId(long commitmentId) {
		this.commitmentId = commitmentId;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

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
