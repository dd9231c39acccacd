package org.rapport.servicemetrics;

import java.time.LocalDateTime;
import java.util.List;

import org.rapport.shared.ImportRejection;
import org.rapport.shared.ImportStatus;

/**
 * An import of an incident export: how far it has come and, once finished, what it
 * changed.
 *
 * @param id the run
 * @param format the export's format
 * @param fileName the uploaded file's name
 * @param status where the run stands
 * @param startedBy who uploaded the file
 * @param createdAt when
 * @param finishedAt when the run ended, {@code null} until then
 * @param rowsRead the rows read so far
 * @param bytesRead the bytes of the upload read so far
 * @param contentBytes the upload's size
 * @param created incidents new to Rapport
 * @param updated incidents whose state changed
 * @param unchanged incidents found as they were
 * @param rejectedCount rows left out
 * @param rejected the rows left out, the first {@value IncidentImports#REJECTIONS_SHOWN}
 * @param failureCode why the run failed, a message code; {@code null} unless it did
 * @param failureArguments the message's arguments
 */
public record ImportRun(long id, IncidentFormat format, String fileName, ImportStatus status, String startedBy,
		LocalDateTime createdAt, LocalDateTime finishedAt, long rowsRead, long bytesRead, long contentBytes,
		int created, int updated, int unchanged, int rejectedCount, List<ImportRejection> rejected, String failureCode,
		List<Object> failureArguments) {

	/**
	 * How much of the upload has been read.
	 * @return 0 to 100
	 */
	public int percent() {
		if (this.status == ImportStatus.DONE) {
			return 100;
		}
		return (this.contentBytes == 0) ? 0 : (int) Math.min(99, this.bytesRead * 100 / this.contentBytes);
	}

	/**
	 * The incidents the file held.
	 * @return created, updated and unchanged together
	 */
	public int incidents() {
		return this.created + this.updated + this.unchanged;
	}

}
