package org.rapport.relationships;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One side's view of a relationship's maturity, as recorded.
 *
 * @param id the assessment's id
 * @param side whose view it is
 * @param maturity the level named
 * @param level the level's number, 1 to 5
 * @param assessedOn the day the view was given
 * @param note what lies behind the view, may be {@code null}
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it
 */
public record MaturityAssessment(long id, Side side, Maturity maturity, int level, LocalDate assessedOn, String note,
		LocalDateTime recordedAt, String recordedBy) {
}
