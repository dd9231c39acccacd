package org.rapport.accounts;

/**
 * What a person does in Rapport.
 */
public enum Role {

	/** Accounts, roles, imports and settings. */
	ADMIN,
	/** Sees the whole portfolio and the perception gap. */
	CIO,
	/** The head of relationship management: owns the portfolio. */
	RELATIONSHIP_MANAGER,
	/** Sees the relationships and development of the groups they lead. */
	IT_LEADER,
	/** Keeps their relationships and commitments. */
	IT_STAFF;

	public String authority() {
		return "ROLE_" + name();
	}

}
