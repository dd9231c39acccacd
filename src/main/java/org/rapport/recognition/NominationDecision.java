package org.rapport.recognition;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The head of relationship management's decision on a nomination.
 *
 * @param decision {@code APPROVED} or {@code DECLINED}
 * @param note a word to the nominator, optional
 * @param version the version the decision was made over, optional
 */
public record NominationDecision(@NotNull NominationState decision, @Size(max = 1000) String note, Long version) {

	/**
	 * The same decision over a version.
	 * @param version the version
	 * @return the decision
	 */
	public NominationDecision over(Long version) {
		return new NominationDecision(this.decision, this.note, version);
	}

}
