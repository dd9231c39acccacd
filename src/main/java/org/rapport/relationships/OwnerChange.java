package org.rapport.relationships;

import java.time.LocalDateTime;

/**
 * One entry of a relationship's history of owners.
 *
 * @param ownerId the owner from then on
 * @param ownerName that owner's name
 * @param previousOwnerId the owner before, {@code null} when the relationship was
 * established
 * @param previousOwnerName that owner's name, may be {@code null}
 * @param changedAt when the owner changed
 * @param changedBy who changed it
 */
public record OwnerChange(long ownerId, String ownerName, Long previousOwnerId, String previousOwnerName,
		LocalDateTime changedAt, String changedBy) {
}
