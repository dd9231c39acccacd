package org.rapport.interactions;

import java.time.Instant;
import java.time.LocalDate;

import org.rapport.shared.AuditableEvent;

/**
 * A touchpoint was corrected by whoever logged it or by the relationship's owner. The
 * day, type and sentiment come with their values before, so that listeners and the audit
 * log see what moved; the summary and private note are not repeated in the audit log.
 *
 * @param interactionId the interaction
 * @param relationshipId the relationship
 * @param type what kind of touchpoint it is now
 * @param previousType what kind it was
 * @param occurredOn the day now
 * @param previousOccurredOn the day before
 * @param sentiment from -2 to +2, now
 * @param previousSentiment the sentiment before
 * @param loggedBy who logged it
 * @param actor who corrected it
 * @param occurredAt when it happened
 */
public record InteractionCorrected(long interactionId, long relationshipId, InteractionType type,
		InteractionType previousType, LocalDate occurredOn, LocalDate previousOccurredOn, int sentiment,
		int previousSentiment, String loggedBy, String actor, Instant occurredAt) implements AuditableEvent {

	@Override
	public String action() {
		return "INTERACTION_CORRECTED";
	}

	@Override
	public String target() {
		return "relationship:" + this.relationshipId;
	}

	/**
	 * The touchpoint, who logged it and, of its day, type and sentiment, the value now
	 * and before when it moved.
	 */
	@Override
	public String detail() {
		boolean type = this.type != this.previousType;
		boolean day = !this.occurredOn.equals(this.previousOccurredOn);
		boolean sentiment = this.sentiment != this.previousSentiment;
		return AuditableEvent.facts("interaction", this.interactionId, "loggedBy", this.loggedBy, "type",
				type ? this.type : null, "previousType", type ? this.previousType : null, "occurredOn",
				day ? this.occurredOn : null, "previousOccurredOn", day ? this.previousOccurredOn : null, "sentiment",
				sentiment ? this.sentiment : null, "previousSentiment", sentiment ? this.previousSentiment : null);
	}

}
