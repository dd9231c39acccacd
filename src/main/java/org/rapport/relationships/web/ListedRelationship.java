package org.rapport.relationships.web;

import org.rapport.relationships.RelationshipStanding;
import org.rapport.relationships.RelationshipSummary;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A relationship as the API lists it: the relationship with its health score and band.
 *
 * @param relationship the relationship
 * @param score the health score from 0 to 100, {@code null} while nothing is scored
 * @param band the health band, {@code null} until the first score
 */
record ListedRelationship(@JsonUnwrapped RelationshipSummary relationship, Integer score, String band) {

	static ListedRelationship of(RelationshipSummary relationship, RelationshipStanding standing) {
		return (standing != null) ? new ListedRelationship(relationship, standing.score(), standing.band())
				: new ListedRelationship(relationship, null, null);
	}

}
