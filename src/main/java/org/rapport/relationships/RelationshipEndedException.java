package org.rapport.relationships;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.rapport.shared.StateConflictException;

/**
 * A change refused because the relationship has ended: nothing new is recorded on an
 * ended relationship until it is reopened. Pages that meet it show the relationship,
 * which says it ended and offers to reopen it; the API answers 409.
 */
public class RelationshipEndedException extends StateConflictException {

	private final long relationshipId;

	/**
	 * Creates the exception.
	 * @param relationshipId the relationship
	 * @param endedOn the day it ended
	 */
	public RelationshipEndedException(long relationshipId, LocalDate endedOn) {
		super("error.relationship.ended", Date.from(endedOn.atStartOfDay(ZoneId.systemDefault()).toInstant()));
		this.relationshipId = relationshipId;
	}

	/**
	 * The relationship that has ended.
	 * @return its id
	 */
	public long getRelationshipId() {
		return this.relationshipId;
	}

}
