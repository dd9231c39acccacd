package org.rapport.relationships;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is looking at relationships, and so which ones they may read and change: the head
 * of relationship management, the CIO and administrators every one; IT leaders those of
 * the groups they lead; IT staff those they own or take part in, and they may read the
 * rest of their group's. Read models in other modules narrow their queries with
 * {@link #readable(String)} and {@link #involved(String)}, bound with {@link #params()}.
 *
 * @param personId the viewer's person, may be {@code null}
 * @param portfolio whether the viewer steers the whole portfolio
 * @param ledGroups the IT groups the viewer leads, with the groups inside them
 * @param ownGroups the IT groups whose relationships the viewer may read
 */
public record Viewer(Long personId, boolean portfolio, Set<Long> ledGroups, Set<Long> ownGroups) {

	private static final String INVOLVED = """
			(%1$s.owner_id = :viewerPerson or %1$s.it_group_id in (:viewerLedGroups) or exists (
			  select 1 from relationships_viewer_scope vp where vp.relationship_id = %1$s.id and vp.person_id = :viewerPerson))""";

	boolean canRead(Relationship relationship) {
		return canEdit(relationship) || this.ownGroups.contains(relationship.getItGroupId());
	}

	/**
	 * The one rule on private notes: only the people who work the relationship (its owner
	 * and participants) read them. Colleagues of the same IT group, its leaders, those
	 * who steer the portfolio and administrators do not, unless they work the
	 * relationship themselves.
	 */
	boolean canReadPrivateNotes(Relationship relationship) {
		return relationship.involves(this.personId);
	}

	boolean canEdit(Relationship relationship) {
		return this.portfolio || relationship.involves(this.personId)
				|| this.ledGroups.contains(relationship.getItGroupId());
	}

	/**
	 * An SQL condition on a {@code relationships_relationship} row that holds for the
	 * relationships this viewer may read.
	 * @param alias the row's alias in the query
	 * @return the condition
	 */
	public String readable(String alias) {
		if (this.portfolio) {
			return "1 = 1";
		}
		return "(" + INVOLVED.formatted(alias) + " or " + alias + ".it_group_id in (:viewerOwnGroups))";
	}

	/**
	 * An SQL condition on a {@code relationships_relationship} row that holds for the
	 * relationships this viewer answers for: all of them for those who steer the
	 * portfolio, those of the groups a leader leads, and those the viewer owns or takes
	 * part in.
	 * @param alias the row's alias in the query
	 * @return the condition
	 */
	public String involved(String alias) {
		return this.portfolio ? "1 = 1" : INVOLVED.formatted(alias);
	}

	/**
	 * A condition on a {@code relationships_relationship} row that holds for the viewer's
	 * own relationships, whatever their role: those they own or take part in, and those
	 * of the groups they lead.
	 * @param alias the row's alias in the query
	 * @return the condition
	 */
	public String own(String alias) {
		return INVOLVED.formatted(alias);
	}

	/**
	 * The parameters the conditions use.
	 * @return the parameters by name
	 */
	public Map<String, Object> params() {
		return Map.of("viewerPerson", (this.personId != null) ? this.personId : -1L, "viewerLedGroups",
				ids(this.ledGroups), "viewerOwnGroups", ids(this.ownGroups));
	}

	private static List<Long> ids(Set<Long> ids) {
		return ids.isEmpty() ? List.of(-1L) : List.copyOf(ids);
	}

}
