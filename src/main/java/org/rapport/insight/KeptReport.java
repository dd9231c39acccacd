package org.rapport.insight;

import java.time.LocalDateTime;

/**
 * An executive report kept as it was made, one per quarter.
 *
 * @param id the report
 * @param period its quarter
 * @param generatedAt when it was made
 * @param generatedBy who kept it, {@code system} for the quarterly job
 * @param units the business units in it
 * @param flagged those technically green and perceived red
 */
public record KeptReport(long id, String period, LocalDateTime generatedAt, String generatedBy, int units,
		int flagged) {
}
