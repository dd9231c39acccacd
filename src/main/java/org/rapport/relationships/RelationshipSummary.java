package org.rapport.relationships;

import java.time.LocalDate;
import java.util.List;

import org.rapport.directory.UnitKind;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A relationship as lists and the API show it.
 *
 * @param id the relationship's id
 * @param itGroupId the IT group on IT's side
 * @param itGroupName that group's name
 * @param counterpartId the unit on the other side
 * @param counterpartName that unit's name
 * @param kind business unit, vendor or IT group, after the counterpart
 * @param ownerId the accountable owner
 * @param ownerName the owner's name
 * @param tier the relationship's tier
 * @param participantIds other people in IT who take part
 * @param lastContactOn the date of the last real contact, {@code null} until one is
 * logged
 * @param contactDueOn the date by which the tier's cadence asks for the next real contact
 * @param losingTouch whether that date has passed while the relationship is active
 * @param endedOn the day the relationship ended, {@code null} while it is active
 * @param endedBy who ended it, {@code null} while it is active
 * @param endReason why it ended, {@code null} while it is active
 * @param version the version it is at, for changes made over it
 */
public record RelationshipSummary(long id, long itGroupId, String itGroupName, long counterpartId,
		String counterpartName, UnitKind kind, long ownerId, String ownerName, Tier tier, List<Long> participantIds,
		LocalDate lastContactOn, LocalDate contactDueOn, boolean losingTouch, LocalDate endedOn, String endedBy,
		String endReason, long version) {

	/**
	 * Whether the relationship has ended: it is out of the active portfolio and takes
	 * nothing new until it is reopened.
	 * @return {@code true} once it has ended
	 */
	@JsonProperty
	public boolean ended() {
		return this.endedOn != null;
	}

	/**
	 * The relationship's one name, as every page, list, alert and export shows it.
	 * @return the counterpart and the IT group
	 */
	@JsonProperty
	public String name() {
		return name(this.counterpartName, this.itGroupName);
	}

	/**
	 * How a relationship is named, for modules that read its two sides' names themselves.
	 * @param counterpartName the unit on the other side
	 * @param itGroupName the IT group on IT's side
	 * @return the relationship's name
	 */
	public static String name(String counterpartName, String itGroupName) {
		return counterpartName + " \u2013 " + itGroupName;
	}
}
