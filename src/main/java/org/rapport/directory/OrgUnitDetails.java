package org.rapport.directory;

import java.util.List;

/**
 * A unit with the path of units above it and the units directly below it.
 *
 * @param unit the unit
 * @param ancestors the enclosing units from the top of the tree down
 * @param children the units directly below
 */
public record OrgUnitDetails(OrgUnitSummary unit, List<OrgUnitSummary> ancestors, List<OrgUnitSummary> children) {
}
