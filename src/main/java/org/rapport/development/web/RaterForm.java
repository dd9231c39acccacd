package org.rapport.development.web;

import org.rapport.development.RaterGroup;

/**
 * The form that nominates a rater: who, by employee id or email, and in which group.
 */
public class RaterForm {

	private String personRef;

	private RaterGroup group = RaterGroup.PEER;

	public String getPersonRef() {
		return this.personRef;
	}

	public void setPersonRef(String personRef) {
		this.personRef = personRef;
	}

	public RaterGroup getGroup() {
		return this.group;
	}

	public void setGroup(RaterGroup group) {
		this.group = group;
	}

}
