package org.rapport.relationships;

import org.rapport.directory.UnitKind;

/**
 * Which relationships a list shows; every part is optional.
 *
 * @param kind only relationships with a counterpart of this kind
 * @param tier only relationships of this tier
 * @param ownerId only relationships this person owns
 * @param itGroupId only relationships of this IT group
 */
public record RelationshipFilter(UnitKind kind, Tier tier, Long ownerId, Long itGroupId) {

	public static RelationshipFilter none() {
		return new RelationshipFilter(null, null, null, null);
	}

}
