package org.rapport.relationships.web;

import org.rapport.relationships.Stance;
import org.rapport.relationships.StakeholderDraft;

/**
 * The form that adds a stakeholder, with the person and the IT contact named by employee
 * id or email. It carries no rules of its own: its fields are named as those of
 * {@link StakeholderDraft}, and the draft made from it is validated into the form's
 * errors, so that the page and the API refuse the same input.
 */
public class StakeholderForm {

	private String personRef;

	private String name;

	private String email;

	private String role;

	private Integer influence = 3;

	private Integer interest = 3;

	private Stance stance = Stance.NEUTRAL;

	private String contactRef;

	/**
	 * The draft this form describes.
	 * @param personId the person found for {@code personRef}, or {@code null}
	 * @param itContactId the person found for {@code contactRef}, or {@code null}
	 * @return the draft
	 */
	StakeholderDraft draft(Long personId, Long itContactId) {
		return new StakeholderDraft(personId, this.name, this.email, this.role, this.influence, this.interest,
				this.stance, itContactId);
	}

	public String getPersonRef() {
		return this.personRef;
	}

	public void setPersonRef(String personRef) {
		this.personRef = personRef;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
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

}
