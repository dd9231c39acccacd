package org.rapport.directory;

/**
 * The accountability chain for IT's relationships: the CIO and the head of relationship
 * management.
 *
 * @param cio the CIO, or {@code null} while the position is vacant
 * @param head the head of relationship management, or {@code null} while vacant
 */
public record Leadership(PersonSummary cio, PersonSummary head) {

	/**
	 * Whether the chain is complete: both positions held and the head reporting directly
	 * to the CIO.
	 * @return {@code true} when the chain holds
	 */
	public boolean complete() {
		return this.cio != null && this.head != null
				&& Position.mayReportTo(this.cio.id(), this.head.id(), this.head.id(), this.head.managerId());
	}

}
