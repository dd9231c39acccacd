package org.rapport.relationships.web;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The sections of a relationship's page, each at its own address
 * ({@code /relationships/{id}?section=timeline}), so that the page shows one of them at a
 * time below the relationship's header.
 */
public enum Section {

	OVERVIEW, STAKEHOLDERS, COMMITMENTS, TIMELINE, MATURITY;

	/**
	 * The section named in an address; the overview when none is named.
	 * @param key the section's key, as in {@link #getKey()}
	 * @return the section
	 * @throws ResponseStatusException 404 when the page has no such section
	 */
	static Section of(String key) {
		if (key == null || key.isBlank()) {
			return OVERVIEW;
		}
		for (Section section : values()) {
			if (section.getKey().equals(key)) {
				return section;
			}
		}
		throw new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

	/**
	 * The section's key in addresses and message keys.
	 * @return the key, in lower case
	 */
	public String getKey() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The address of this section of a relationship's page.
	 * @param relationshipId the relationship
	 * @return the path with its query
	 */
	public String path(long relationshipId) {
		return (this == OVERVIEW) ? "/relationships/" + relationshipId
				: "/relationships/" + relationshipId + "?section=" + getKey();
	}

}
