package org.rapport.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What it takes to create or change an organisation unit.
 *
 * @param name the unit's name
 * @param kind business unit, IT group or vendor
 * @param parentId the enclosing unit, optional
 * @param version for a change, the version of the unit it was made over; a unit changed
 * since refuses it. {@code null} when the caller does not say
 */
public record OrgUnitDraft(@NotBlank @Size(max = 200) String name, @NotNull UnitKind kind, Long parentId,
		Long version) {

	public OrgUnitDraft(String name, UnitKind kind, Long parentId) {
		this(name, kind, parentId, null);
	}

}
