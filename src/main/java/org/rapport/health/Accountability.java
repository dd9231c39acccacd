package org.rapport.health;

import java.util.List;

/**
 * Who answers for the relationships the caller may read: the owners, those whose
 * relationships need them most first, and how many there are in all.
 *
 * @param owners the owners shown, those with relationships at risk first, then to watch,
 * then by average score
 * @param ownerCount how many owners there are in all
 * @param relationshipCount how many relationships they own
 */
public record Accountability(List<OwnerStanding> owners, long ownerCount, long relationshipCount) {
}
