package org.rapport.directory;

/**
 * The positions that make IT's relationships accountable. Each has exactly one holder
 * once assigned, and the head of relationship management reports directly to the CIO.
 */
public enum Position {

	CIO, HEAD_OF_RELATIONSHIP_MANAGEMENT;

	/**
	 * The chain's rule, written once for assignments, edits and imports: whether a person
	 * may report to a manager. Only the head of relationship management is bound: to
	 * report directly to the CIO.
	 * @param cio the CIO, or {@code null} while vacant
	 * @param head the head of relationship management, or {@code null} while vacant
	 * @param personId the person
	 * @param managerId the manager the person would report to, may be {@code null}
	 * @return whether the chain allows it
	 */
	static boolean mayReportTo(Long cio, Long head, long personId, Long managerId) {
		return cio == null || head == null || head != personId || cio.equals(managerId);
	}

}
