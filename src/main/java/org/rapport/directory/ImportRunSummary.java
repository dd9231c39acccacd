package org.rapport.directory;

import org.rapport.shared.ImportStatus;

import java.time.LocalDateTime;

/**
 * An import run in the list of recent imports.
 *
 * @param runId the run
 * @param fileName the file's name
 * @param status where the run stands
 * @param startedBy who started it
 * @param createdAt when the file was uploaded
 * @param created people created
 * @param updated people changed
 * @param unchanged people already up to date
 * @param rejected rows rejected
 */
public record ImportRunSummary(long runId, String fileName, ImportStatus status, String startedBy,
		LocalDateTime createdAt, int created, int updated, int unchanged, int rejected) {
}
