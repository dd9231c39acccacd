package org.rapport.interactions;

import java.time.LocalDate;
import java.util.List;

/**
 * The object mother of touchpoints: one logged on a relationship in one call, as whoever
 * the test runs as (the relationship's owner, or {@code SignedIn.asSystem} for set-up),
 * so that the module's checks apply as they would to that user.
 */
public final class InteractionFixtures {

	private final InteractionManagement interactions;

	public InteractionFixtures(InteractionManagement interactions) {
		this.interactions = interactions;
	}

	/**
	 * Logs a touchpoint that names no participant and no stakeholder.
	 * @param relationshipId the relationship
	 * @param type what kind of contact it was
	 * @param day when it happened
	 * @param summary what it was about
	 * @param sentiment how it went, from -2 to 2
	 * @return the logged touchpoint
	 */
	public InteractionSummary log(long relationshipId, InteractionType type, LocalDate day, String summary,
			int sentiment) {
		return this.interactions.log(relationshipId, touchpoint(type, day, summary, sentiment));
	}

	/**
	 * The draft of a touchpoint that names no participant and no stakeholder.
	 * @param type what kind of contact it was
	 * @param day when it happened
	 * @param summary what it was about
	 * @param sentiment how it went, from -2 to 2
	 * @return the draft
	 */
	public static InteractionDraft touchpoint(InteractionType type, LocalDate day, String summary, int sentiment) {
		return new InteractionDraft(type, day, summary, sentiment, List.of(), List.of());
	}

}
