package org.rapport.directory;

import org.rapport.shared.ImportRejection;
import org.rapport.shared.ImportStatus;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The state and outcome of an import run.
 *
 * @param runId the run
 * @param fileName the imported file's name
 * @param status where the run stands
 * @param startedBy who started it
 * @param createdAt when the file was uploaded
 * @param totalRows data rows in the file
 * @param processedRows rows processed so far
 * @param created people created
 * @param updated people changed
 * @param unchanged people already up to date
 * @param rejected rows not imported, with the reason
 * @param notes what the import noticed in the data and did about it
 * @param failureCode the message code of why the run failed, or {@code null}
 * @param failureArguments the arguments of that message
 * @param failure why the run failed, rendered in the server's message locale, or
 * {@code null}
 */
public record ImportReport(long runId, String fileName, ImportStatus status, String startedBy, LocalDateTime createdAt,
		int totalRows, int processedRows, int created, int updated, int unchanged, List<ImportRejection> rejected,
		List<ImportNote> notes, String failureCode, List<Object> failureArguments, String failure) {

	/**
	 * The arguments to render the failure's message with.
	 * @return the arguments
	 */
	public Object[] failureMessageArguments() {
		return this.failureArguments.toArray();
	}

	/**
	 * How far the run has come, 0 to 100.
	 * @return the percentage of rows processed
	 */
	public int percent() {
		if (this.status.finished()) {
			return 100;
		}
		return (this.totalRows == 0) ? 0 : Math.min(100, this.processedRows * 100 / this.totalRows);
	}

}
