package org.rapport.recognition;

/**
 * Whose scorecard: one person in IT, one IT group (the team), or the whole organisation.
 */
public enum ScorecardScope {

	/** A person in IT: the relationships they own, the kudos and praise they received. */
	PERSON,

	/**
	 * An IT group: its relationships, the kudos its people received and the praise it
	 * did.
	 */
	GROUP,

	/** All of IT. */
	ORGANISATION;

	/**
	 * The scope a request names, in any case.
	 * @param text {@code person}, {@code group} or {@code organisation}
	 * @return the scope
	 * @throws org.rapport.shared.InvalidInputException naming {@code scope} otherwise
	 */
	public static ScorecardScope of(String text) {
		for (ScorecardScope scope : values()) {
			if (scope.name().equalsIgnoreCase((text != null) ? text.strip() : "")) {
				return scope;
			}
		}
		throw new org.rapport.shared.InvalidInputException("scope", "recognition.scorecard.scope");
	}

	/**
	 * How requests name it.
	 * @return {@code person}, {@code group} or {@code organisation}
	 */
	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
