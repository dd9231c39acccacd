package org.rapport.shared;

/**
 * Where an import run stands.
 */
public enum ImportStatus {

	/** The file is read and waits for its column mapping. */
	UPLOADED,
	/** The rows are being imported. */
	RUNNING,
	/** The import finished and its changes are stored. */
	DONE,
	/** The import failed and changed nothing. */
	FAILED;

	public boolean finished() {
		return this == DONE || this == FAILED;
	}

}
