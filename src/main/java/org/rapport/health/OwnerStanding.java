package org.rapport.health;

/**
 * How the relationships of one owner stand: the owner's line in the accountability
 * roll-up.
 *
 * @param ownerId the owner
 * @param ownerName the owner's name
 * @param relationships how many relationships the owner answers for
 * @param atRisk how many of them are at risk
 * @param watch how many are to watch
 * @param healthy how many are healthy
 * @param average the average score of those scored, {@code null} when none is
 */
public record OwnerStanding(long ownerId, String ownerName, long relationships, long atRisk, long watch, long healthy,
		Integer average) {

	/**
	 * How many of the owner's relationships are too new to score.
	 * @return the relationships without evidence yet
	 */
	public long fresh() {
		return this.relationships - this.atRisk - this.watch - this.healthy;
	}

	/**
	 * The band of the owner's weakest relationship, which the roll-up shows the owner in.
	 * @return the worst band
	 */
	public Band worst() {
		if (this.atRisk > 0) {
			return Band.AT_RISK;
		}
		if (this.watch > 0) {
			return Band.WATCH;
		}
		return (this.healthy > 0) ? Band.HEALTHY : Band.NEW;
	}

}
