package org.rapport.relationships;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rapport.directory.UnitKind;
import org.rapport.shared.InvalidInputException;

/**
 * Which relationships a list shows; every part is optional. Lists show the active
 * relationships unless they ask for the ended ones or for all.
 *
 * @param kind only relationships with a counterpart of this kind
 * @param tier only relationships of this tier
 * @param ownerId only relationships this person owns
 * @param itGroupId only relationships of this IT group
 * @param state active relationships (the default), ended ones, or all
 */
public record RelationshipFilter(UnitKind kind, Tier tier, Long ownerId, Long itGroupId, State state) {

	public RelationshipFilter {
		state = (state != null) ? state : State.ACTIVE;
	}

	/**
	 * A filter of the active relationships.
	 * @param kind only relationships with a counterpart of this kind
	 * @param tier only relationships of this tier
	 * @param ownerId only relationships this person owns
	 * @param itGroupId only relationships of this IT group
	 */
	public RelationshipFilter(UnitKind kind, Tier tier, Long ownerId, Long itGroupId) {
		this(kind, tier, ownerId, itGroupId, State.ACTIVE);
	}

	/**
	 * Every active relationship.
	 * @return the filter
	 */
	public static RelationshipFilter none() {
		return new RelationshipFilter(null, null, null, null, State.ACTIVE);
	}

	/**
	 * The SQL conditions of this filter on a {@code relationships_relationship} row (or a
	 * {@code relationships_portfolio} row), for read models that list relationships.
	 * @param alias the row's alias in the query
	 * @param params where the conditions' parameters are added
	 * @return the conditions, to be joined with {@code and}
	 */
	public List<String> conditions(String alias, Map<String, Object> params) {
		List<String> where = new ArrayList<>();
		if (this.state != State.ALL) {
			where.add(this.state.condition(alias));
		}
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

	/**
	 * Whether a list shows active relationships, ended ones or both. An ended
	 * relationship is out of the active portfolio: lists, health, alerts and the caller's
	 * own relationships leave it out unless they ask for it.
	 */
	public enum State {

		/** The relationships that have not ended: the active portfolio. */
		ACTIVE,

		/** The relationships that have ended. */
		ENDED,

		/** Both. */
		ALL;

		/**
		 * The state a client asks for: {@code active}, {@code ended} or {@code all}, in
		 * any case; active ones when it does not say.
		 * @param state what the client sent, may be {@code null}
		 * @return the state
		 * @throws InvalidInputException naming {@code state} for anything else
		 */
		public static State of(String state) {
			if (state == null || state.isBlank()) {
				return ACTIVE;
			}
			String wanted = state.strip().toUpperCase(Locale.ROOT);
			for (State one : values()) {
				if (one.name().equals(wanted)) {
					return one;
				}
			}
			throw new InvalidInputException("state", "relationships.state-invalid");
		}

		/**
		 * The SQL condition on a {@code relationships_relationship} or
		 * {@code relationships_portfolio} row that holds for the relationships in this
		 * state.
		 * @param alias the row's alias in the query
		 * @return the condition
		 */
		public String condition(String alias) {
			return switch (this) {
				case ACTIVE -> alias + ".ended_at is null";
				case ENDED -> alias + ".ended_at is not null";
				case ALL -> "1 = 1";
			};
		}

		/**
		 * The state in lower case, as addresses carry it.
		 * @return the key
		 */
		public String getKey() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
