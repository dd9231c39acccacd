package org.rapport.relationships.web;

import org.rapport.relationships.Stance;
import org.rapport.relationships.StakeholderDraft;
import org.rapport.relationships.StakeholderSummary;

/**
 * The form that changes a stakeholder's role, influence, interest, stance and IT contact,
 * over the version of the relationship it was shown with. Like {@link StakeholderForm} it
 * carries no rules of its own: its fields are named as those of {@link StakeholderDraft},
 * and the draft made from it is validated into the form's errors.
 */
public class StakeholderChangeForm {

	private String role;

	private Integer influence;

	private Integer interest;

	private Stance stance;

	private String contactRef;

	private Long version;

	StakeholderChangeForm() {
	}

	/**
	 * The form filled from a stakeholder as stored.
	 * @param stakeholder the stakeholder
	 * @param contactRef the employee id or email of the stakeholder's IT contact, or
	 * {@code null}
	 * @param version the relationship's version
	 */
	StakeholderChangeForm(StakeholderSummary stakeholder, String contactRef, long version) {
		this.role = stakeholder.role();
		this.influence = stakeholder.influence();
		this.interest = stakeholder.interest();
		this.stance = stakeholder.stance();
		this.contactRef = contactRef;
		this.version = version;
	}

	/**
	 * The draft this form describes; who the stakeholder is stays as stored.
	 * @param itContactId the person found for {@code contactRef}, or {@code null}
	 * @return the draft
	 */
	StakeholderDraft draft(Long itContactId) {
		return new StakeholderDraft(null, null, null, this.role, this.influence, this.interest, this.stance,
				itContactId);
	}

	public String getRole() {
		return this.role;
	}

	public void setRole(String role) {
		this.role = role;
	}

	public Integer getInfluence() {
		return this.influence;
	}

	public void setInfluence(Integer influence) {
		this.influence = influence;
	}

	public Integer getInterest() {
		return this.interest;
	}

	public void setInterest(Integer interest) {
		this.interest = interest;
	}

	public Stance getStance() {
		return this.stance;
	}

	public void setStance(Stance stance) {
		this.stance = stance;
	}

	public String getContactRef() {
		return this.contactRef;
	}

	public void setContactRef(String contactRef) {
		this.contactRef = contactRef;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
