package org.rapport.relationships;

import java.util.List;

import org.rapport.directory.PersonSummary;

/**
 * A relationship with its participants, stakeholders and history of owners.
 *
 * @param relationship the relationship
 * @param participants the people in IT who take part
 * @param stakeholders the stakeholders on the counterpart side
 * @param owners the history of owners, newest first
 * @param editable whether the caller may change the relationship, and so end and reopen
 * it
 */
public record RelationshipDetails(RelationshipSummary relationship, List<PersonSummary> participants,
		List<StakeholderSummary> stakeholders, List<OwnerChange> owners, boolean editable) {

	/**
	 * Whether the caller may record something new on the relationship: they may change it
	 * and it has not ended.
	 * @return {@code true} when the forms that add and change are for the caller
	 */
	public boolean changeable() {
		return this.editable && !this.relationship.ended();
	}

}
