package org.rapport.recognition;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Kudos or partner praise as the feed and the person's page show them.
 *
 * @param id the kudos
 * @param source a colleague in IT, or a partner
 * @param giverId the colleague who gave them, {@code null} for praise
 * @param giverName their name
 * @param partnerName the partner who sent praise and signed it, {@code null} otherwise
 * @param counterpartName the partner's business unit or vendor, {@code null} for kudos
 * @param recipientId the person who received them, {@code null} for praise to a team
 * @param recipientName their name
 * @param recipientUnitId the IT group praise went to, {@code null} otherwise
 * @param recipientUnitName its name
 * @param values the relationship values, in the order of the value list
 * @param message what the giver wrote
 * @param points points given, 0 for none
 * @param state given, or waiting for the approval of its points, or declined
 * @param givenAt when
 */
public record KudosSummary(long id, KudosSource source, Long giverId, String giverName, String partnerName,
		String counterpartName, Long recipientId, String recipientName, Long recipientUnitId, String recipientUnitName,
		List<RecognitionValue> values, String message, int points, KudosState state, LocalDateTime givenAt) {

	KudosSummary withValues(List<RecognitionValue> values) {
		return new KudosSummary(this.id, this.source, this.giverId, this.giverName, this.partnerName,
				this.counterpartName, this.recipientId, this.recipientName, this.recipientUnitId,
				this.recipientUnitName, values, this.message, this.points, this.state, this.givenAt);
	}

}
