package org.rapport.directory;

import java.util.List;

/**
 * A person with the chain of managers above them, their direct reports and the positions
 * they hold.
 *
 * @param person the person
 * @param managerChain the managers from the direct manager upwards
 * @param reports the people who report directly to this person
 * @param positions the accountable positions the person holds
 */
public record PersonDetails(PersonSummary person, List<PersonSummary> managerChain, List<PersonSummary> reports,
		List<Position> positions) {
}
