package org.rapport.relationships;

import java.util.Set;

/**
 * Who is looking at relationships, and so which ones they may read and change: the head
 * of relationship management, the CIO and administrators every one; IT leaders those of
 * the groups they lead; IT staff those they own or take part in, and they may read the
 * rest of their group's.
 *
 * @param personId the viewer's person, may be {@code null}
 * @param portfolio whether the viewer steers the whole portfolio
 * @param ledGroups the IT groups the viewer leads, with the groups inside them
 * @param ownGroups the IT groups whose relationships the viewer may read
 */
record Viewer(Long personId, boolean portfolio, Set<Long> ledGroups, Set<Long> ownGroups) {

	boolean canRead(Relationship relationship) {
		return canEdit(relationship) || this.ownGroups.contains(relationship.getItGroupId());
	}

	boolean canEdit(Relationship relationship) {
		return this.portfolio || relationship.involves(this.personId)
				|| this.ledGroups.contains(relationship.getItGroupId());
	}

}
