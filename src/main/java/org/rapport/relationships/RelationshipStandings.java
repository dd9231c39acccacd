package org.rapport.relationships;

import java.util.Collection;
import java.util.Map;

/**
 * Reads relationships' standing for the lists that show it. The module that scores
 * relationships (health) implements it, so that this module shows scores without
 * depending on the module downstream that makes them.
 */
public interface RelationshipStandings {

	/**
	 * The standing of each of some relationships, read at once.
	 * @param relationshipIds the relationships
	 * @return the standing by relationship id; a relationship not scored yet is absent
	 */
	Map<Long, RelationshipStanding> of(Collection<Long> relationshipIds);

}
