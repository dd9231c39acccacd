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
 */
public record OrgUnitDraft(@NotBlank @Size(max = 200) String name, @NotNull UnitKind kind, Long parentId) {
}
