package org.rapport.relationships;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

	/**
	 * The SQL conditions of this filter on a {@code relationships_relationship} row, for
	 * read models that list relationships.
	 * @param alias the row's alias in the query
	 * @param params where the conditions' parameters are added
	 * @return the conditions, to be joined with {@code and}
	 */
	public List<String> conditions(String alias, Map<String, Object> params) {
		List<String> where = new ArrayList<>();
		if (this.kind != null) {
			where.add(alias + ".kind = :kind");
			params.put("kind", this.kind.name());
		}
		if (this.tier != null) {
			where.add(alias + ".tier = :tier");
			params.put("tier", this.tier.name());
		}
		if (this.ownerId != null) {
			where.add(alias + ".owner_id = :owner");
			params.put("owner", this.ownerId);
		}
		if (this.itGroupId != null) {
			where.add(alias + ".it_group_id = :group");
			params.put("group", this.itGroupId);
		}
		return where;
	}

}
