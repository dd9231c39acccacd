package org.rapport.surveys;

/**
 * How far a campaign reaches on the side its template asks.
 */
public enum Reach {

	/**
	 * The people named on each relationship: the stakeholders on the other side, or for a
	 * template written for IT staff, the owner and participants.
	 */
	STAKEHOLDERS,

	/**
	 * Everyone in the unit on that side: the whole business unit or vendor of each
	 * relationship's counterpart, or for a template written for IT staff, the whole IT
	 * group.
	 */
	WHOLE_UNIT

}
