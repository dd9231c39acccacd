package org.rapport.directory;

/**
 * An organisation unit as lists and the API show it.
 *
 * @param id the unit's id
 * @param name the unit's name
 * @param kind business unit, IT group or vendor
 * @param parentId the enclosing unit, or {@code null} at the top of the tree
 * @param parentName the enclosing unit's name, or {@code null}
 * @param version the version the unit is at, for changes made over it
 */
public record OrgUnitSummary(long id, String name, UnitKind kind, Long parentId, String parentName, long version) {
}
