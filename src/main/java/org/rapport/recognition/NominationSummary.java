package org.rapport.recognition;

import java.time.LocalDateTime;

/**
 * A nomination as pages and the API show it.
 *
 * @param id the nomination
 * @param period the quarter
 * @param awardKey the award
 * @param awardName its name
 * @param nomineeId who is nominated
 * @param nomineeName their name
 * @param source a colleague in IT, or a partner with their praise
 * @param nominatedById the colleague who nominated them, {@code null} for a partner
 * @param nominatedByName their name, or the partner's when they signed, or their unit's
 * @param reason why
 * @param state where it stands
 * @param nominatedAt when
 * @param decidedBy who decided, {@code null} while submitted
 * @param decidedAt when
 * @param decisionNote the decider's note
 * @param evidence the nominee's scorecard when the decision was taken, {@code null}
 * before
 * @param version the version, for a decision over it
 */
public record NominationSummary(long id, String period, String awardKey, String awardName, long nomineeId,
		String nomineeName, KudosSource source, Long nominatedById, String nominatedByName, String reason,
		NominationState state, LocalDateTime nominatedAt, String decidedBy, LocalDateTime decidedAt,
		String decisionNote, Scorecard evidence, long version) {
}
