package org.rapport.health;

import org.rapport.directory.UnitKind;
import org.rapport.relationships.RelationshipFilter;
import org.rapport.relationships.Tier;

/**
 * Which relationships the portfolio shows; every part is optional.
 *
 * @param kind only relationships with a counterpart of this kind
 * @param tier only relationships of this tier
 * @param ownerId only relationships this person owns
 * @param itGroupId only relationships of this IT group
 * @param band only relationships whose health is in this band
 * @param alert only relationships with an alert of this type
 * @param mine only the caller's own relationships: those they own or take part in and
 * those of the groups they lead
 * @param state the active relationships (the default), the ended ones or all; ended
 * relationships have no band and no alerts
 */
public record PortfolioFilter(UnitKind kind, Tier tier, Long ownerId, Long itGroupId, Band band, AlertType alert,
		boolean mine, RelationshipFilter.State state) {

	public PortfolioFilter {
		state = (state != null) ? state : RelationshipFilter.State.ACTIVE;
	}

	/**
	 * A filter of the active relationships.
	 * @param kind only relationships with a counterpart of this kind
	 * @param tier only relationships of this tier
	 * @param ownerId only relationships this person owns
	 * @param itGroupId only relationships of this IT group
	 * @param band only relationships whose health is in this band
	 * @param alert only relationships with an alert of this type
	 * @param mine only the caller's own relationships
	 */
	public PortfolioFilter(UnitKind kind, Tier tier, Long ownerId, Long itGroupId, Band band, AlertType alert,
			boolean mine) {
		this(kind, tier, ownerId, itGroupId, band, alert, mine, RelationshipFilter.State.ACTIVE);
	}

	public static PortfolioFilter none() {
		return new PortfolioFilter(null, null, null, null, null, null, false);
	}

	public static PortfolioFilter mineOnly() {
		return new PortfolioFilter(null, null, null, null, null, null, true);
	}

	PortfolioFilter withoutBand() {
		return new PortfolioFilter(this.kind, this.tier, this.ownerId, this.itGroupId, null, this.alert, this.mine,
				this.state);
	}

}
