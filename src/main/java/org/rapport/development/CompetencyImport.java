package org.rapport.development;

import java.util.List;

import org.rapport.shared.ImportRejection;

/**
 * What an import of the framework from CSV did: all of it, or, when a row is refused,
 * nothing at all.
 *
 * @param added competencies new to the framework
 * @param changed competencies whose name, description, indicators or being offered
 * changed
 * @param unchanged competencies the file holds as they are
 * @param rejected the rows refused and why; when there are any, nothing was stored
 */
public record CompetencyImport(int added, int changed, int unchanged, List<ImportRejection> rejected) {

	/**
	 * Whether the file was imported.
	 * @return whether no row was refused
	 */
	public boolean stored() {
		return this.rejected.isEmpty();
	}

}
