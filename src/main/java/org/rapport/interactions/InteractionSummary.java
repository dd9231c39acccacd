package org.rapport.interactions;

import java.time.LocalDate;
import java.util.List;

/**
 * A touchpoint on the relationship's timeline.
 *
 * @param id the interaction's id
 * @param relationshipId the relationship
 * @param type what kind of touchpoint
 * @param occurredOn the day it happened
 * @param summary what was discussed
 * @param sentiment from -2 to +2
 * @param participantIds the people in IT who took part
 * @param participantNames their names, in the same order
 * @param stakeholderIds the stakeholders who were met
 * @param stakeholderNames their names, in the same order
 * @param loggedBy who logged it
 * @param privateNote the private note, {@code null} when there is none or the reader may
 * not read it
 * @param privateNoteWithheld whether there is a private note the reader may not read
 * @param version the version it is at, for corrections made over it
 * @param correctable whether the reader may correct or delete it: whoever logged it and
 * the relationship's owner, while they may change the relationship
 */
public record InteractionSummary(long id, long relationshipId, InteractionType type, LocalDate occurredOn,
		String summary, int sentiment, List<Long> participantIds, List<String> participantNames,
		List<Long> stakeholderIds, List<String> stakeholderNames, String loggedBy, String privateNote,
		boolean privateNoteWithheld, long version, boolean correctable) {
}
