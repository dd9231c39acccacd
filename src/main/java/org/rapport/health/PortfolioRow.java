package org.rapport.health;

import java.time.LocalDate;
import java.util.List;

import org.rapport.directory.UnitKind;
import org.rapport.relationships.RelationshipSummary;
import org.rapport.relationships.Tier;

/**
 * A relationship as the portfolio lists it, with its health and alerts.
 *
 * @param id the relationship
 * @param counterpartName the unit on the other side
 * @param kind business unit, vendor or IT group
 * @param itGroupId the IT group
 * @param itGroupName its name
 * @param ownerId the accountable owner
 * @param ownerName the owner's name
 * @param tier the tier
 * @param lastContactOn the last real contact, may be {@code null}
 * @param score the health score, {@code null} until it is first computed
 * @param band the band of the score, may be {@code null}
 * @param alerts the open alerts
 * @param endedOn the day the relationship ended, {@code null} while it is active; an
 * ended relationship has no score and no alerts
 */
public record PortfolioRow(long id, String counterpartName, UnitKind kind, long itGroupId, String itGroupName,
		long ownerId, String ownerName, Tier tier, LocalDate lastContactOn, Integer score, Band band,
		List<AlertType> alerts, LocalDate endedOn) {

	/**
	 * Whether the relationship has ended.
	 * @return {@code true} once it has ended
	 */
	public boolean ended() {
		return this.endedOn != null;
	}

	/**
	 * The relationship's one name, as everywhere else.
	 * @return the counterpart and the IT group
	 */
	public String name() {
		return RelationshipSummary.name(this.counterpartName, this.itGroupName);
	}

	public boolean losingTouch() {
		return this.alerts.contains(AlertType.LOSING_TOUCH);
	}

}
